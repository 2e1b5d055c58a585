using AiotHub.Mqtt.Packets;
using AiotHub.Mqtt.Protocol;

namespace AiotHub.Mqtt.Tests;

public sealed class SmokeTests
{
    [Fact]
    public void PingRequestHasItsPacketType() => Assert.Equal(MqttPacketType.PingReq, MqttPingReqPacket.Instance.Type);
}
