using AiotHub.Mqtt.Protocol;

namespace AiotHub.Mqtt.Packets;

/// <summary>
/// The shape shared by PUBACK, PUBREC, PUBREL and PUBCOMP (MQTT 5.0 §3.4-§3.7): a packet id,
/// and in 5.0 a reason code that may be omitted when it is Success and there are no properties.
/// </summary>
public abstract class MqttAcknowledgementPacket : MqttPacketWithIdentifier
{
    public MqttReasonCode ReasonCode { get; set; } = MqttReasonCode.Success;
    public string? ReasonString { get; set; }
    public List<MqttUserProperty>? UserProperties { get; set; }
}
