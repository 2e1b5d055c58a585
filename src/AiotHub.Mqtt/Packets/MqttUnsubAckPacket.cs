using AiotHub.Mqtt.Protocol;

namespace AiotHub.Mqtt.Packets;

/// <summary>UNSUBACK (MQTT 3.1.1 §3.11, MQTT 5.0 §3.11); 3.1.1 carries no reason codes.</summary>
public sealed class MqttUnsubAckPacket : MqttPacketWithIdentifier
{
    public override MqttPacketType Type => MqttPacketType.UnsubAck;

    public List<MqttReasonCode> ReasonCodes { get; set; } = [];
    public string? ReasonString { get; set; }
    public List<MqttUserProperty>? UserProperties { get; set; }
}
