using AiotHub.Mqtt.Protocol;

namespace AiotHub.Mqtt.Packets;

/// <summary>
/// SUBACK (MQTT 3.1.1 §3.9, MQTT 5.0 §3.9): one code per requested filter, in order. In 3.1.1
/// only 0x00-0x02 and 0x80 exist; the formatter writes any 5.0 failure code as 0x80.
/// </summary>
public sealed class MqttSubAckPacket : MqttPacketWithIdentifier
{
    public override MqttPacketType Type => MqttPacketType.SubAck;

    public List<MqttReasonCode> ReasonCodes { get; set; } = [];
    public string? ReasonString { get; set; }
    public List<MqttUserProperty>? UserProperties { get; set; }
}
