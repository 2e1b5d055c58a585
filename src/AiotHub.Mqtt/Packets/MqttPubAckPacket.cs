using AiotHub.Mqtt.Protocol;

namespace AiotHub.Mqtt.Packets;

/// <summary>PUBACK (MQTT 3.1.1 and 5.0 §3.4).</summary>
public sealed class MqttPubAckPacket : MqttAcknowledgementPacket
{
    public override MqttPacketType Type => MqttPacketType.PubAck;
}
