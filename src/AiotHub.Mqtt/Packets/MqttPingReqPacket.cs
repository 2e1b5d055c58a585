using AiotHub.Mqtt.Protocol;

namespace AiotHub.Mqtt.Packets;

/// <summary>PINGREQ (§3.12): no variable header, no payload, so one instance serves all.</summary>
public sealed class MqttPingReqPacket : MqttPacket
{
    public static readonly MqttPingReqPacket Instance = new();

    public override MqttPacketType Type => MqttPacketType.PingReq;
}
