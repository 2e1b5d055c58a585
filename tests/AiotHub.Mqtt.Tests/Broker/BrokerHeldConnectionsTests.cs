using System.Collections.Concurrent;
using System.Net;
using System.Text;
using AiotHub.Mqtt.Broker;
using AiotHub.Mqtt.Packets;
using AiotHub.Mqtt.Protocol;

namespace AiotHub.Mqtt.Tests.Broker;

/// <summary>
/// A broker started without accepting (the hub's start-up: its device link attaches first): a client that connects
/// meanwhile gets no CONNACK, and once the broker accepts, its first QoS 1 report reaches the link attached before.
/// </summary>
public sealed class BrokerHeldConnectionsTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ADeviceThatConnectsBeforeTheLinkAttachesIsAnsweredOnlyAfterAndItsFirstReportReachesTheLink()
    {
        await using var broker = new MqttBroker(new MqttBrokerOptions { Address = IPAddress.Loopback, Port = 0 });
        await broker.StartAsync(acceptConnections: false, Token);
        Assert.False(broker.IsAcceptingConnections);

        // The device is as early as it can be: its TCP connect succeeds (the port is bound) and its CONNECT is sent.
        await using var device = await RawMqttClient.OpenAsync(broker.LocalEndPoints[0], cancellationToken: Token);
        await device.SendAsync(new MqttConnectPacket { ProtocolVersion = MqttProtocolVersion.V500, ClientId = "lamp" }, Token);
        Assert.True(await device.ReceivesNothingAsync(TimeSpan.FromMilliseconds(300), Token), "CONNACK came before the broker accepted");

        var received = new ConcurrentQueue<string>();
        await using var link = await broker.AttachLocalLinkAsync("hub", null, ["home/+/#"], message =>
        {
            received.Enqueue($"{message.Topic} {Encoding.UTF8.GetString(message.Payload.Span)}");
            return ValueTask.CompletedTask;
        }, Token);
        broker.AcceptConnections();

        var connAck = await device.ReceiveAsync<MqttConnAckPacket>(Token);
        Assert.Equal(MqttReasonCode.Success, connAck.ReasonCode);
        await device.PublishAsync("home/lamp/properties", "{\"v\":1}", MqttQualityOfService.AtLeastOnce, cancellationToken: Token);
        Assert.Equal(["home/lamp/properties {\"v\":1}"], received.ToArray());
        Assert.True(broker.IsAcceptingConnections);
    }

    [Fact]
    public async Task AcceptingTwiceOrBeforeTheStartIsRefusedOrHarmless()
    {
        await using var broker = new MqttBroker(new MqttBrokerOptions { Address = IPAddress.Loopback, Port = 0 });
        Assert.Throws<InvalidOperationException>(broker.AcceptConnections);

        await broker.StartAsync(acceptConnections: false, Token);
        broker.AcceptConnections();
        broker.AcceptConnections();

        await using var device = await RawMqttClient.ConnectAsync(broker.LocalEndPoints[0], "lamp", cancellationToken: Token);
        Assert.Equal(1, broker.Counters.CurrentConnections);
    }
}
