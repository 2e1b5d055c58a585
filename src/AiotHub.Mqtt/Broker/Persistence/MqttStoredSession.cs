using AiotHub.Mqtt.Protocol;

namespace AiotHub.Mqtt.Broker.Persistence;

/// <summary>A persistent session as recovered from the store.</summary>
public sealed class MqttStoredSession
{
    internal MqttStoredSession(
        string clientId,
        MqttProtocolVersion protocolVersion,
        uint sessionExpiryInterval,
        DateTimeOffset? expiresAt,
        IReadOnlyDictionary<string, MqttStoredSubscription> subscriptions,
        IReadOnlyList<MqttQueuedMessage> queue,
        IReadOnlySet<ushort> inboundQos2PacketIds,
        string? userName,
        IReadOnlyList<long> unreadableMessageIds)
    {
        ClientId = clientId;
        UserName = userName;
        UnreadableMessageIds = unreadableMessageIds;
        ProtocolVersion = protocolVersion;
        SessionExpiryInterval = sessionExpiryInterval;
        ExpiresAt = expiresAt;
        Subscriptions = subscriptions;
        Queue = queue;
        InboundQos2PacketIds = inboundQos2PacketIds;
    }

    public string ClientId { get; }

    /// <summary>The user name its client last connected with; null for an anonymous client (or a store written before it was kept).</summary>
    public string? UserName { get; }

    public MqttProtocolVersion ProtocolVersion { get; }

    /// <summary>Seconds (MQTT 5.0 §3.1.2.11.2); <see cref="uint.MaxValue"/> means never expires.</summary>
    public uint SessionExpiryInterval { get; }

    /// <summary>When the session expires if its client stays away; null while it was connected.</summary>
    public DateTimeOffset? ExpiresAt { get; }

    /// <summary>Subscriptions by topic filter.</summary>
    public IReadOnlyDictionary<string, MqttStoredSubscription> Subscriptions { get; }

    /// <summary>Outbound QoS 1/2 messages in delivery order, in-flight ones included.</summary>
    public IReadOnlyList<MqttQueuedMessage> Queue { get; }

    /// <summary>Inbound QoS 2 packet ids received (PUBREC sent) and not yet released by PUBREL (§4.3.3).</summary>
    public IReadOnlySet<ushort> InboundQos2PacketIds { get; }

    /// <summary>
    /// Ids of queued messages whose stored body could not be decoded (left out of <see cref="Queue"/>): the
    /// broker discards them (<see cref="MqttBrokerStore.DiscardAsync"/>) rather than deliver garbage.
    /// </summary>
    public IReadOnlyList<long> UnreadableMessageIds { get; }
}
