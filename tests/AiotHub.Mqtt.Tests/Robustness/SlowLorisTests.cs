using AiotHub.Mqtt.Packets;
using AiotHub.Mqtt.Protocol;
using AiotHub.Mqtt.Tests.Broker;
using AiotHub.Mqtt.Tests.Formatter;

namespace AiotHub.Mqtt.Tests.Robustness;

/// <summary>
/// Slow-loris: clients that hold a connection open by sending too little, too slowly. A CONNECT
/// must be complete within <see cref="AiotHub.Mqtt.Broker.MqttBrokerOptions.ConnectTimeout"/>; after it,
/// only complete packets count for the keep alive (§3.1.2.10: 1.5 × the keep alive). Time is a
/// <see cref="ManualClock"/>, so the timeouts are exact and the tests do not wait for them.
/// </summary>
public sealed class SlowLorisTests
{
    private static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(10);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(MqttProtocolVersion.V311)]
    [InlineData(MqttProtocolVersion.V500)]
    public async Task ConnectTrickledOneByteASecondIsClosedAtTheConnectTimeout(MqttProtocolVersion version)
    {
        var clock = new ManualClock();
        await using var broker = await AbusedBroker.StartAsync(version, o => { o.TimeProvider = clock; o.ConnectTimeout = ConnectTimeout; }, Token);
        using var loris = await AbusiveSocket.OpenAsync(broker.EndPoint, Token);
        await WaitForConnectTimersAsync(broker, 1);
        var connect = Codec.Encode(new MqttConnectPacket { ProtocolVersion = version, ClientId = "loris" }, version);
        Assert.True(connect.Length > 10);

        for (var second = 0; second < 9; second++)
        {
            Assert.True(await loris.SendAsync(connect.AsMemory(second, 1), Token));
            clock.Advance(TimeSpan.FromSeconds(1));
        }

        await Task.Delay(200, Token);
        Assert.Equal(AbusedBroker.BaselineConnections + 1, broker.Broker.Counters.CurrentConnections); // 9 s: still waiting

        clock.Advance(TimeSpan.FromSeconds(1.5));
        Assert.Empty(await loris.ReadUntilClosedAsync(RawMqttClient.DefaultTimeout, Token)); // no CONNECT, no CONNACK
        await broker.AssertStillServingAsync(Token);
    }

    [Fact]
    public async Task TwoHundredSlowLorisSocketsDoNotStopOthersBeingServed()
    {
        const int Count = 200;
        var clock = new ManualClock();
        await using var broker = await AbusedBroker.StartAsync(MqttProtocolVersion.V500, o => { o.TimeProvider = clock; o.ConnectTimeout = ConnectTimeout; }, Token);
        var sockets = await Task.WhenAll(Enumerable.Range(0, Count).Select(_ => AbusiveSocket.OpenAsync(broker.EndPoint, Token)));
        try
        {
            await WaitForConnectTimersAsync(broker, Count);

            // Half say nothing at all; the others trickle the start of a CONNECT, a byte every 20 ms.
            var connect = Codec.Encode(new MqttConnectPacket { ClientId = "loris" }, MqttProtocolVersion.V500);
            var trickle = Task.WhenAll(sockets.Where((_, i) => i % 2 == 1).Select(async socket =>
            {
                for (var i = 0; i < 8 && await socket.SendAsync(connect.AsMemory(i, 1), Token); i++)
                {
                    await Task.Delay(20, Token);
                }
            }));

            // While they hang on, the broker serves the canary and accepts a newcomer.
            await broker.Canary.AssertRoundTripAsync(Token);
            await using (var newcomer = await RawMqttClient.ConnectAsync(broker.EndPoint, "newcomer", cancellationToken: Token))
            {
                await newcomer.SendAsync(MqttPingReqPacket.Instance, Token);
                await newcomer.ReceiveAsync<MqttPingRespPacket>(Token);
            }

            await trickle;
            Assert.True(broker.Broker.Counters.CurrentConnections >= Count + AbusedBroker.BaselineConnections);

            clock.Advance(ConnectTimeout + TimeSpan.FromSeconds(1));
            await Task.WhenAll(sockets.Select(s => s.ReadUntilClosedAsync(RawMqttClient.DefaultTimeout, Token)));
            await broker.AssertStillServingAsync(Token);
        }
        finally
        {
            foreach (var socket in sockets)
            {
                socket.Dispose();
            }
        }
    }

    [Theory]
    [InlineData(MqttProtocolVersion.V311)]
    [InlineData(MqttProtocolVersion.V500)]
    public async Task ConnectedClientTricklingAPacketIsDroppedAtOneAndAHalfKeepAlives(MqttProtocolVersion version)
    {
        var clock = new ManualClock();
        await using var broker = await AbusedBroker.StartAsync(version, o => o.TimeProvider = clock, Token);
        var (client, connAck) = await RawMqttClient.ConnectAsync(broker.EndPoint,
            new MqttConnectPacket { ProtocolVersion = version, ClientId = "trickler", KeepAliveSeconds = 10 }, Token);
        await using var _ = client;
        Assert.Equal(MqttReasonCode.Success, connAck.ReasonCode);
        var publish = Codec.Encode(new MqttPublishPacket { Topic = "slow/topic/name", Payload = new byte[40] }, version);

        // A byte a second: traffic, but never a whole control packet, which is what keep alive counts.
        for (var second = 0; second < 14; second++)
        {
            await client.SendRawAsync(publish.AsMemory(second, 1), Token);
            clock.Advance(TimeSpan.FromSeconds(1));
        }

        Assert.True(await client.ReceivesNothingAsync(TimeSpan.FromMilliseconds(200), Token));
        Assert.False(client.IsClosed, "closed before 1.5 × keep alive");

        for (var second = 14; second < 20; second++)
        {
            clock.Advance(TimeSpan.FromSeconds(1));
        }

        var packets = await client.WaitForCloseAsync(null, Token);
        if (version == MqttProtocolVersion.V500)
        {
            Assert.Equal(MqttReasonCode.KeepAliveTimeout, Assert.IsType<MqttDisconnectPacket>(Assert.Single(packets)).ReasonCode);
        }
        else
        {
            Assert.Empty(packets);
        }

        await broker.AssertStillServingAsync(Token);
    }

    /// <summary>
    /// Waits until the broker has taken on <paramref name="count"/> connections beyond the baseline,
    /// and a moment more: each arms its connect timer on the manual clock right after being counted.
    /// </summary>
    private static async Task WaitForConnectTimersAsync(AbusedBroker broker, int count)
    {
        await TestBroker.WaitUntilAsync(() => broker.Broker.Counters.CurrentConnections == AbusedBroker.BaselineConnections + count,
            $"{count} connections are open");
        await Task.Delay(100, Token);
    }
}
