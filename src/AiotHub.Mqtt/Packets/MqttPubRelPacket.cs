using AiotHub.Mqtt.Protocol;

namespace AiotHub.Mqtt.Packets;

/// <summary>PUBREL (MQTT 3.1.1 and 5.0 §3.6).</summary>
public sealed class MqttPubRelPacket : MqttAcknowledgementPacket
{
    public override MqttPacketType Type => MqttPacketType.PubRel;
}
