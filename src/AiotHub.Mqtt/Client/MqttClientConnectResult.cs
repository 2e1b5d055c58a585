using AiotHub.Mqtt.Packets;
using AiotHub.Mqtt.Protocol;

namespace AiotHub.Mqtt.Client;

/// <summary>What the server said in CONNACK (§3.2), with the 5.0 defaults filled in where it said nothing.</summary>
public sealed class MqttClientConnectResult
{
    internal MqttClientConnectResult(MqttConnAckPacket connAck, string clientId, TimeSpan keepAlive)
    {
        ReasonCode = connAck.ReasonCode;
        IsSessionPresent = connAck.SessionPresent;
        ClientId = clientId;
        KeepAlive = keepAlive;
        AssignedClientIdentifier = connAck.AssignedClientIdentifier;
        SessionExpiryInterval = connAck.SessionExpiryInterval;
        ReceiveMaximum = connAck.ReceiveMaximum ?? ushort.MaxValue;
        MaximumQoS = connAck.MaximumQoS ?? MqttQualityOfService.ExactlyOnce;
        RetainAvailable = connAck.RetainAvailable ?? true;
        MaximumPacketSize = connAck.MaximumPacketSize;
        TopicAliasMaximum = connAck.TopicAliasMaximum ?? 0;
        WildcardSubscriptionAvailable = connAck.WildcardSubscriptionAvailable ?? true;
        SubscriptionIdentifiersAvailable = connAck.SubscriptionIdentifiersAvailable ?? true;
        SharedSubscriptionAvailable = connAck.SharedSubscriptionAvailable ?? true;
        ReasonString = connAck.ReasonString;
        ResponseInformation = connAck.ResponseInformation;
        ServerReference = connAck.ServerReference;
        UserProperties = connAck.UserProperties ?? [];
    }

    public MqttReasonCode ReasonCode { get; }

    public bool IsSessionPresent { get; }

    /// <summary>The client id in use: the configured one, or the one the server assigned.</summary>
    public string ClientId { get; }

    /// <summary>The keep-alive in force: the server's Server Keep Alive when it sent one (§3.2.2.3.14).</summary>
    public TimeSpan KeepAlive { get; }

    public string? AssignedClientIdentifier { get; }

    public uint? SessionExpiryInterval { get; }

    public ushort ReceiveMaximum { get; }

    public MqttQualityOfService MaximumQoS { get; }

    public bool RetainAvailable { get; }

    public uint? MaximumPacketSize { get; }

    public ushort TopicAliasMaximum { get; }

    public bool WildcardSubscriptionAvailable { get; }

    public bool SubscriptionIdentifiersAvailable { get; }

    public bool SharedSubscriptionAvailable { get; }

    public string? ReasonString { get; }

    public string? ResponseInformation { get; }

    public string? ServerReference { get; }

    public IReadOnlyList<MqttUserProperty> UserProperties { get; }
}
