using AiotHub.Mqtt.Protocol;

namespace AiotHub.Mqtt.Packets;

/// <summary>PINGRESP (§3.13): no variable header, no payload, so one instance serves all.</summary>
public sealed class MqttPingRespPacket : MqttPacket
{
    public static readonly MqttPingRespPacket Instance = new();

    public override MqttPacketType Type => MqttPacketType.PingResp;
}
