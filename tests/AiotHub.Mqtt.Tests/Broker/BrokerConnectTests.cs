using System.Text;
using AiotHub.Mqtt.Broker;
using AiotHub.Mqtt.Packets;
using AiotHub.Mqtt.Protocol;

namespace AiotHub.Mqtt.Tests.Broker;

public sealed class BrokerConnectTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(MqttProtocolVersion.V311)]
    [InlineData(MqttProtocolVersion.V500)]
    public async Task ClientConnectsPingsAndDisconnects(MqttProtocolVersion version)
    {
        await using var broker = await TestBroker.StartAsync();
        await using var client = await RawMqttClient.ConnectAsync(broker.EndPoint, "c1", version, cancellationToken: Token);
        await client.SendAsync(MqttPingReqPacket.Instance, Token);
        await client.ReceiveAsync<MqttPingRespPacket>(Token);
        await client.SendAsync(new MqttDisconnectPacket(), Token);
        Assert.Empty(await client.WaitForCloseAsync(null, Token));
        await TestBroker.WaitUntilAsync(() => broker.Broker.Counters.CurrentConnections == 0, "the connection is closed");
        Assert.Equal(1, broker.Broker.Counters.TotalConnections);
    }
}
