using AiotHub.Mqtt.Protocol;

namespace AiotHub.Mqtt.Broker;

/// <summary>
/// Decides whether a client may publish to a topic or subscribe to a filter. Rules are tried in order and the first
/// that applies decides; when none applies, <see cref="DefaultPermission"/> does.
/// </summary>
/// <remarks>
/// <para>A rule applies to a PUBLISH when its user name, client id and actions fit and its filter matches the topic.</para>
/// <para>
/// For a SUBSCRIBE, an Allow rule applies only when its filter covers the requested one — every topic the requested
/// filter can match, the rule's filter matches too ("home/#" covers "home/+/temp", not "#") — and a Deny rule applies
/// as soon as the two filters share a topic ("#" is denied by a Deny "home/secret/#"). So a subscription is never
/// allowed to receive a topic a rule earlier in the list denies. Shared filters are checked on their inner filter (§4.8.2).
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

    public bool CanPublish(string? userName, string clientId, string topic)
    {
        ArgumentNullException.ThrowIfNull(clientId);
        ArgumentNullException.ThrowIfNull(topic);
        foreach (var rule in _rules)
        {
            if (rule.AppliesTo(userName, clientId, MqttAclActions.Publish) &&
                rule.Covers(topic, userName, clientId))
            {
                return rule.Permission == MqttAclPermission.Allow;
            }
        }

        return DefaultPermission == MqttAclPermission.Allow;
    }

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

            if (rule.Permission == MqttAclPermission.Allow ? rule.Covers(span, userName, clientId) : rule.Intersects(span, userName, clientId))
            {
                return rule.Permission == MqttAclPermission.Allow;
            }
        }

        return DefaultPermission == MqttAclPermission.Allow;
    }
}
