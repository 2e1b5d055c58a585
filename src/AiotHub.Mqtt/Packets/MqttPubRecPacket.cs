using AiotHub.Mqtt.Protocol;

namespace AiotHub.Mqtt.Packets;

/// <summary>PUBREC (MQTT 3.1.1 and 5.0 §3.5).</summary>
public sealed class MqttPubRecPacket : MqttAcknowledgementPacket
{
    public override MqttPacketType Type => MqttPacketType.PubRec;
}
