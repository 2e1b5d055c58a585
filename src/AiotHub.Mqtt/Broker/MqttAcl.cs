using AiotHub.Mqtt.Protocol;

namespace AiotHub.Mqtt.Broker;

/// <summary>
/// Decides whether a client may publish to a topic, subscribe to a filter, and receive a message on a topic. Rules are
/// tried in order and the first that applies decides; when none applies, <see cref="DefaultPermission"/> does.
/// </summary>
/// <remarks>
/// <para>A rule applies to a PUBLISH (Publish action) or to a delivery (Subscribe action: what a client may read) when
/// its user name, client id and actions fit and its filter matches the topic.</para>
/// <para>
/// A SUBSCRIBE is refused only when its filter can match nothing the client may read, as Mosquitto does: when a Deny
/// rule covers the requested filter (every topic it can match, the rule matches too: Deny "home/#" covers
/// "home/+/temp", not "#") before any Allow rule shares a topic with it, or when no Allow rule shares a topic with it
/// and the default is Deny. Otherwise it is granted and each message is checked on its concrete topic before delivery
/// (<see cref="CanReceive"/>): one Deny rule for "test/nosubscribe" withholds those messages from a "#" subscriber
/// instead of refusing "#". Shared filters are checked on their inner filter (§4.8.2).
/// </para>
/// <para>
/// A pattern rule ("%u", "%c") does not apply to a client without the value it needs (no user name). A value
/// containing '/', '+' or '#' could widen a pattern, so Allow pattern rules never apply with one and Deny pattern
/// rules then apply to every topic.
/// </para>
/// Checking allocates nothing; rules are compiled once, here.
/// </remarks>
public sealed class MqttAcl
{
    private readonly MqttAclCompiledRule[] _rules;

    /// <param name="rules">Copied; later changes to the rule objects have no effect.</param>
    /// <param name="defaultPermission">When no rule applies; null means Allow without rules and Deny with some.</param>
    /// <exception cref="ArgumentException">A rule's topic filter is not a valid, non-shared topic filter.</exception>
    public MqttAcl(IEnumerable<MqttAclRule> rules, MqttAclPermission? defaultPermission = null)
    {
        ArgumentNullException.ThrowIfNull(rules);
        _rules = [.. rules.Select((rule, index) => MqttAclCompiledRule.Compile(rule, index))];
        DefaultPermission = defaultPermission ?? (_rules.Length == 0 ? MqttAclPermission.Allow : MqttAclPermission.Deny);
    }

    /// <summary>An ACL without rules: everything is allowed.</summary>
    public static MqttAcl AllowAll { get; } = new([]);

    public MqttAclPermission DefaultPermission { get; }

    /// <summary>True when the ACL has no rules and allows everything: no check can deny, so callers may skip them.</summary>
    internal bool AllowsEverything => _rules.Length == 0 && DefaultPermission == MqttAclPermission.Allow;

    public bool CanPublish(string? userName, string clientId, string topic) =>
        Decide(userName, clientId, topic, MqttAclActions.Publish);

    /// <summary>
    /// Whether a message on <paramref name="topic"/> may be delivered to the client (rules with the Subscribe action):
    /// checked per message, live, retained and wills alike, after the client's subscription matched.
    /// </summary>
    public bool CanReceive(string? userName, string clientId, string topic) =>
        Decide(userName, clientId, topic, MqttAclActions.Subscribe);

    /// <summary>Whether the filter can match something the client may read (see the remarks); what it receives is <see cref="CanReceive"/>'s decision.</summary>
    public bool CanSubscribe(string? userName, string clientId, string filter)
    {
        ArgumentNullException.ThrowIfNull(clientId);
        ArgumentNullException.ThrowIfNull(filter);
        var span = filter.AsSpan();
        if (span.StartsWith(MqttTopic.SharedSubscriptionPrefix, StringComparison.Ordinal))
        {
            var rest = span[MqttTopic.SharedSubscriptionPrefix.Length..];
            var slash = rest.IndexOf('/');
            if (slash < 0)
            {
                return false;
            }

            span = rest[(slash + 1)..];
        }

        foreach (var rule in _rules)
        {
            if (!rule.AppliesTo(userName, clientId, MqttAclActions.Subscribe))
            {
                continue;
            }

            if (rule.Permission == MqttAclPermission.Allow)
            {
                // Some topic of the filter is readable, unless an earlier Deny took exactly it: grant, and let
                // CanReceive decide per message.
                if (rule.Intersects(span, userName, clientId))
                {
                    return true;
                }
            }
            else if (rule.Covers(span, userName, clientId))
            {
                // Every topic of the filter is denied here or by an earlier rule: no earlier Allow shared one.
                return false;
            }
        }

        return DefaultPermission == MqttAclPermission.Allow;
    }

    private bool Decide(string? userName, string clientId, string topic, MqttAclActions action)
    {
        ArgumentNullException.ThrowIfNull(clientId);
        ArgumentNullException.ThrowIfNull(topic);
        foreach (var rule in _rules)
        {
            if (rule.AppliesTo(userName, clientId, action) && rule.Covers(topic, userName, clientId))
            {
                return rule.Permission == MqttAclPermission.Allow;
            }
        }

        return DefaultPermission == MqttAclPermission.Allow;
    }
}
