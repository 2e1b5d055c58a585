using AiotHub.Mqtt.Protocol;

namespace AiotHub.Mqtt.Packets;

/// <summary>
/// CONNACK (MQTT 3.1.1 §3.2, MQTT 5.0 §3.2). <see cref="ReasonCode"/> is the 5.0 code; the
/// 3.1.1 formatter maps it to and from the six 3.1.1 return codes.
/// </summary>
public sealed class MqttConnAckPacket : MqttPacket
{
    public override MqttPacketType Type => MqttPacketType.ConnAck;

    public bool SessionPresent { get; set; }
    public MqttReasonCode ReasonCode { get; set; }

    // MQTT 5.0 properties (§3.2.2.3).
    public uint? SessionExpiryInterval { get; set; }
    public ushort? ReceiveMaximum { get; set; }
    public MqttQualityOfService? MaximumQoS { get; set; }
    public bool? RetainAvailable { get; set; }
    public uint? MaximumPacketSize { get; set; }
    public string? AssignedClientIdentifier { get; set; }
    public ushort? TopicAliasMaximum { get; set; }
    public string? ReasonString { get; set; }
    public bool? WildcardSubscriptionAvailable { get; set; }
    public bool? SubscriptionIdentifiersAvailable { get; set; }
    public bool? SharedSubscriptionAvailable { get; set; }
    public ushort? ServerKeepAlive { get; set; }
    public string? ResponseInformation { get; set; }
    public string? ServerReference { get; set; }
    public string? AuthenticationMethod { get; set; }
    public byte[]? AuthenticationData { get; set; }
    public List<MqttUserProperty>? UserProperties { get; set; }
}
