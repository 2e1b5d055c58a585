using AiotHub.Mqtt.Protocol;

namespace AiotHub.Mqtt.Packets;

/// <summary>PUBCOMP (MQTT 3.1.1 and 5.0 §3.7).</summary>
public sealed class MqttPubCompPacket : MqttAcknowledgementPacket
{
    public override MqttPacketType Type => MqttPacketType.PubComp;
}
