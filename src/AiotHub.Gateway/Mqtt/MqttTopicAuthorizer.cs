using AiotHub.Core.Devices;
using AiotHub.Mqtt.Broker;

namespace AiotHub.Gateway.Mqtt;

/// <summary>
/// The built-in, identity-bound device topics (docs/security.md "MQTT: who may connect"), as the broker's
/// AuthorizePublish, AuthorizeSubscribe and AuthorizeDelivery callbacks. Inside the device root a device
/// <c>D</c> publishes only <c>{root}/D/announce|availability|properties|events/{key}|reply|ota/status</c> and receives only
/// topics below <c>{root}/D/</c>; a pairing client only its own <c>{root}/$pair/D/request</c> and
/// <c>…/response</c>; the hub link everything. Outside the root <see cref="MqttAcl"/> (Mqtt:Acl) decides, and a
/// pairing client may do nothing. Checking allocates nothing: these run for every PUBLISH and every delivery.
/// </summary>
internal sealed class MqttTopicAuthorizer(string root, MqttAcl? acl)
{
    public const string PairingLevel = "$pair";

    public string Root { get; } = root;

    public bool CanPublish(string? userName, string clientId, string topic)
    {
        var identity = MqttIdentity.Of(userName, clientId);
        if (identity.Kind == MqttIdentityKind.HubLink)
            return true;
        if (IsInRoot(topic))
        {
            return identity.Kind == MqttIdentityKind.Pairing
                ? IsPairingTopic(topic, identity.Id, "request")
                : IsOwnDeviceReport(topic, identity.Id);
        }

        return identity.Kind == MqttIdentityKind.Device && (acl?.CanPublish(userName, clientId, topic) ?? true);
    }

    /// <summary>
    /// A filter naming the root literally must lie below the client's own level; a filter that starts with a
    /// wildcard (<c>#</c>, <c>+/…</c>) is granted as the ACL allows and filtered per message by <see cref="CanReceive"/>.
    /// </summary>
    public bool CanSubscribe(string? userName, string clientId, string filter)
    {
        var identity = MqttIdentity.Of(userName, clientId);
        if (identity.Kind == MqttIdentityKind.HubLink)
            return true;
        var inner = SharedSubscriptionInner(filter);
        if (identity.Kind == MqttIdentityKind.Pairing)
            return IsBelowPairingLevel(inner, identity.Id);
        if (IsInRoot(inner))
            return IsBelowDeviceLevel(inner, identity.Id);
        return acl?.CanSubscribe(userName, clientId, filter) ?? true;
    }

    /// <summary>Whether a message on <paramref name="topic"/> may reach this subscriber (live or retained).</summary>
    public bool CanReceive(string? userName, string clientId, string topic)
    {
        var identity = MqttIdentity.Of(userName, clientId);
        if (identity.Kind == MqttIdentityKind.HubLink)
            return true;
        if (identity.Kind == MqttIdentityKind.Pairing)
            return IsBelowPairingLevel(topic, identity.Id);
        if (IsInRoot(topic))
            return IsBelowDeviceLevel(topic, identity.Id);
        // A wildcard subscription the ACL granted is filtered per message (Mosquitto's behaviour).
        return acl?.CanReceive(userName, clientId, topic) ?? true;
    }

    /// <summary>Whether <paramref name="topic"/> starts with the root's levels (a topic or a filter).</summary>
    public bool IsInRoot(ReadOnlySpan<char> topic) =>
        topic.Length > Root.Length && topic.StartsWith(Root, StringComparison.Ordinal) && topic[Root.Length] == '/';

    /// <summary><c>{root}/{id}/announce|availability|properties|reply|ota/status</c> or <c>{root}/{id}/events/{key}</c>, for a valid device id.</summary>
    public bool IsOwnDeviceReport(ReadOnlySpan<char> topic, string id)
    {
        if (!IsBelowDeviceLevel(topic, id))
            return false;
        var kind = topic[(Root.Length + id.Length + 2)..];
        if (kind.StartsWith("events/", StringComparison.Ordinal))
        {
            var key = kind["events/".Length..];
            return !key.IsEmpty && !key.Contains('/');
        }

        return kind is "announce" or "availability" or "properties" or "reply" or "ota/status";
    }

    /// <summary>Below <c>{root}/{id}/</c> (a topic, or a filter whose first levels are literal), for a valid device id.</summary>
    private bool IsBelowDeviceLevel(ReadOnlySpan<char> topic, string id) =>
        DeviceIds.IsValid(id) && IsInRoot(topic) && IsLevelThenMore(topic[(Root.Length + 1)..], id);

    private bool IsPairingTopic(ReadOnlySpan<char> topic, string id, string kind) =>
        IsBelowPairingLevel(topic, id) && topic[(Root.Length + PairingLevel.Length + id.Length + 3)..].SequenceEqual(kind);

    private bool IsBelowPairingLevel(ReadOnlySpan<char> topic, string id)
    {
        if (!DeviceIds.IsValid(id) || !IsInRoot(topic))
            return false;
        var rest = topic[(Root.Length + 1)..];
        return IsLevelThenMore(rest, PairingLevel) && IsLevelThenMore(rest[(PairingLevel.Length + 1)..], id);
    }

    /// <summary><paramref name="text"/> is <paramref name="level"/>, a '/', and at least one more character.</summary>
    private static bool IsLevelThenMore(ReadOnlySpan<char> text, string level) =>
        text.Length > level.Length + 1 && text.StartsWith(level, StringComparison.Ordinal) && text[level.Length] == '/';

    /// <summary>§4.8.2: a shared subscription's filter is what follows <c>$share/{group}/</c>.</summary>
    private static ReadOnlySpan<char> SharedSubscriptionInner(string filter)
    {
        const string prefix = "$share/";
        if (!filter.StartsWith(prefix, StringComparison.Ordinal))
            return filter;
        var rest = filter.AsSpan(prefix.Length);
        var slash = rest.IndexOf('/');
        return slash < 0 ? [] : rest[(slash + 1)..];
    }
}
