using System.Text;
using AiotHub.Mqtt.Packets;
using AiotHub.Mqtt.Protocol;

namespace AiotHub.Mqtt.Tests.Broker;

/// <summary>
/// Every duration a client sends (Session Expiry, Will Delay, Message Expiry: four bytes, MQTT 5.0 §3.1.2.11.2,
/// §3.1.3.2.2, §3.3.2.3.3; Keep Alive: two bytes, §3.1.2.10) at its extremes, on a clock whose timers refuse what
/// System.Threading.Timer refuses, so nothing sleeps and a too-long timer fails here as it would in production.
/// </summary>
public sealed class BrokerDurationTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public static TheoryData<uint> Extremes => [0u, 1u, int.MaxValue, uint.MaxValue - 1, uint.MaxValue];

    [Theory]
    [MemberData(nameof(Extremes))]
    public async Task SessionExpiryAtItsExtremesEndsTheSessionWhenDueAndTheWillIsPublished(uint expiry)
    {
        var clock = new StrictManualClock();
        await using var broker = await TestBroker.StartAsync(o => o.TimeProvider = clock);
        await using var watcher = await WatchAsync(broker, "wills/#");
        var (device, _) = await RawMqttClient.ConnectAsync(broker.EndPoint, new MqttConnectPacket
        {
            ClientId = "device",
            SessionExpiryInterval = expiry,
            Will = new MqttWillMessage { Topic = "wills/device", Payload = "gone"u8.ToArray() },
        }, Token);
        await device.SubscribeAsync("device/set", MqttQualityOfService.AtLeastOnce, Token);
        await DropAsync(broker, device);

        Assert.Equal("gone", Text(await watcher.ReceiveAsync<MqttPublishPacket>(Token)));
        if (expiry == 0)
        {
            Assert.Equal(1, broker.Broker.SessionCount); // the watcher's
        }
        else if (expiry == uint.MaxValue)
        {
            // §3.1.2.11.2: 0xFFFFFFFF never expires.
            clock.Advance(TimeSpan.FromDays(365.25 * 200));
            Assert.Equal(2, broker.Broker.SessionCount);
        }
        else
        {
            clock.Advance(TimeSpan.FromSeconds(expiry) - TimeSpan.FromMilliseconds(1));
            Assert.Equal(2, broker.Broker.SessionCount);
            clock.Advance(TimeSpan.FromMilliseconds(1));
            Assert.Equal(1, broker.Broker.SessionCount);
        }

        await AssertServesAsync(broker, watcher);
    }

    [Theory]
    [MemberData(nameof(Extremes))]
    public async Task WillDelayAtItsExtremesPublishesTheWillWhenDue(uint delay)
    {
        var clock = new StrictManualClock();
        await using var broker = await TestBroker.StartAsync(o => o.TimeProvider = clock);
        await using var watcher = await WatchAsync(broker, "wills/#");
        var (device, _) = await RawMqttClient.ConnectAsync(broker.EndPoint, new MqttConnectPacket
        {
            ClientId = "device",
            SessionExpiryInterval = uint.MaxValue, // so the delay, not the session's end, decides (§3.1.3.2.2)
            Will = new MqttWillMessage { Topic = "wills/device", Payload = "gone"u8.ToArray(), WillDelayInterval = delay },
        }, Token);
        await DropAsync(broker, device);

        if (delay > 0)
        {
            clock.Advance(TimeSpan.FromSeconds(delay) - TimeSpan.FromMilliseconds(1));
            Assert.True(await watcher.ReceivesNothingAsync(TimeSpan.FromMilliseconds(100), Token));
            clock.Advance(TimeSpan.FromMilliseconds(1));
        }

        Assert.Equal("gone", Text(await watcher.ReceiveAsync<MqttPublishPacket>(Token)));
        await AssertServesAsync(broker, watcher);
    }

    [Theory]
    [MemberData(nameof(Extremes))]
    public async Task MessageExpiryAtItsExtremesDropsQueuedAndRetainedMessagesWhenDue(uint expiry)
    {
        var clock = new StrictManualClock();
        await using var broker = await TestBroker.StartAsync(o => o.TimeProvider = clock);
        var absent = await RawMqttClient.ConnectAsync(broker.EndPoint, "absent", sessionExpiry: uint.MaxValue, cancellationToken: Token);
        await absent.SubscribeAsync("news/#", MqttQualityOfService.AtLeastOnce, Token);
        await DropAsync(broker, absent);
        await using var publisher = await RawMqttClient.ConnectAsync(broker.EndPoint, "publisher", cancellationToken: Token);
        foreach (var retain in new[] { false, true })
        {
            await publisher.SendAsync(new MqttPublishPacket
            {
                Topic = retain ? "news/retained" : "news/queued",
                Payload = "x"u8.ToArray(),
                QualityOfService = MqttQualityOfService.AtLeastOnce,
                PacketIdentifier = publisher.NextPacketIdentifier(),
                Retain = retain,
                MessageExpiryInterval = expiry,
            }, Token);
            await publisher.ReceiveAsync<MqttPubAckPacket>(Token);
        }

        // Just before it is due, both arrive with one second of their lifetime left (§3.3.2.3.3): the retained one
        // twice, as routed to the session while it was away and again for the new subscription.
        if (expiry > 0)
        {
            clock.Advance(TimeSpan.FromSeconds(expiry - 1));
            var delivered = await ReconnectAndCollectAsync(broker, expiry: uint.MaxValue);
            Assert.Equal(["news/queued", "news/retained", "news/retained"], delivered.Select(p => p.Topic).Order(StringComparer.Ordinal));
            Assert.All(delivered, p => Assert.Equal(1u, p.MessageExpiryInterval));
            clock.Advance(TimeSpan.FromSeconds(1));
        }

        // Once due, the retained copy is not delivered to a new subscriber (the queued one was delivered above).
        Assert.Empty(await ReconnectAndCollectAsync(broker, expiry: 0));
        await AssertServesAsync(broker, publisher);
    }

    [Fact]
    public async Task AQueuedMessageIsDroppedOnceItsExpiryPassedWhileItsSubscriberWasAway()
    {
        var clock = new StrictManualClock();
        await using var broker = await TestBroker.StartAsync(o => o.TimeProvider = clock);
        var absent = await RawMqttClient.ConnectAsync(broker.EndPoint, "absent", sessionExpiry: uint.MaxValue, cancellationToken: Token);
        await absent.SubscribeAsync("news/#", MqttQualityOfService.AtLeastOnce, Token);
        await DropAsync(broker, absent);
        await broker.Broker.PublishAsync(new MqttApplicationMessage
        {
            Topic = "news/queued", Payload = "x"u8.ToArray(), QualityOfService = MqttQualityOfService.AtLeastOnce, MessageExpiryInterval = uint.MaxValue,
        }, Token);

        clock.Advance(TimeSpan.FromSeconds(uint.MaxValue));
        Assert.Empty(await ReconnectAndCollectAsync(broker, expiry: uint.MaxValue));
        Assert.Equal(1, broker.Broker.Counters.MessagesDroppedExpired);
    }

    [Theory]
    [InlineData((ushort)0)]
    [InlineData((ushort)1)]
    [InlineData(ushort.MaxValue)]
    public async Task KeepAliveAtItsExtremesClosesASilentClientAfterOneAndAHalfTimesIt(ushort keepAlive)
    {
        var clock = new StrictManualClock();
        await using var broker = await TestBroker.StartAsync(o => o.TimeProvider = clock);
        var (client, _) = await RawMqttClient.ConnectAsync(broker.EndPoint, new MqttConnectPacket { ClientId = "c", KeepAliveSeconds = keepAlive }, Token);
        await using var _ = client;
        var limit = keepAlive == 0 ? TimeSpan.FromDays(365.25 * 200) : TimeSpan.FromSeconds(keepAlive * 1.5);

        clock.Advance(limit - TimeSpan.FromMilliseconds(1));
        await client.SendAsync(new MqttPingReqPacket(), Token);
        await client.ReceiveAsync<MqttPingRespPacket>(Token);
        clock.Advance(limit + TimeSpan.FromSeconds(1));
        if (keepAlive == 0)
        {
            // §3.1.2.10: 0 turns the mechanism off.
            await client.SendAsync(new MqttPingReqPacket(), Token);
            await client.ReceiveAsync<MqttPingRespPacket>(Token);
            return;
        }

        var packets = await client.WaitForCloseAsync(null, Token);
        Assert.Equal(MqttReasonCode.KeepAliveTimeout, Assert.IsType<MqttDisconnectPacket>(Assert.Single(packets)).ReasonCode);
    }

    [Fact]
    public async Task TheLongestKeepAliveTheBrokerImposesIsHonoured()
    {
        var clock = new StrictManualClock();
        await using var broker = await TestBroker.StartAsync(o =>
        {
            o.TimeProvider = clock;
            o.MaximumKeepAliveSeconds = ushort.MaxValue;
        });
        var (client, connAck) = await RawMqttClient.ConnectAsync(broker.EndPoint, new MqttConnectPacket { ClientId = "c", KeepAliveSeconds = 0 }, Token);
        await using var _ = client;
        Assert.Equal(ushort.MaxValue, connAck.ServerKeepAlive); // §3.2.2.3.14
        clock.Advance(TimeSpan.FromSeconds(ushort.MaxValue * 1.5 + 1));
        var packets = await client.WaitForCloseAsync(null, Token);
        Assert.Equal(MqttReasonCode.KeepAliveTimeout, Assert.IsType<MqttDisconnectPacket>(Assert.Single(packets)).ReasonCode);
    }

    /// <summary>
    /// paho.mqtt.python's test_message_expiry: a session created with expiry 99,999 s is given 999,999,999 s at
    /// DISCONNECT (beyond a timer's 49.7 days); messages published meanwhile with expiry 1 s expire, those with 6 s
    /// arrive with less than 6 s left.
    /// </summary>
    [Fact]
    public async Task PahoMessageExpiryScenarioWithAnExpiryRaisedAtDisconnect()
    {
        var clock = new StrictManualClock();
        await using var broker = await TestBroker.StartAsync(o => o.TimeProvider = clock);
        var subscriber = await RawMqttClient.ConnectAsync(broker.EndPoint, "message expiry b", sessionExpiry: 99_999, cancellationToken: Token);
        await subscriber.SubscribeAsync("TopicA", MqttQualityOfService.ExactlyOnce, Token);
        await subscriber.SendAsync(new MqttDisconnectPacket { SessionExpiryInterval = 999_999_999 }, Token);
        await subscriber.WaitForCloseAsync(null, Token);
        await subscriber.DisposeAsync();
        await TestBroker.WaitUntilAsync(() => broker.Broker.Counters.CurrentConnections == 0, "the subscriber is gone");

        await using var publisher = await RawMqttClient.ConnectAsync(broker.EndPoint, "message expiry a", cancellationToken: Token);
        foreach (var (payload, qos, expiry) in new[]
        {
            ("qos 1 - expire", MqttQualityOfService.AtLeastOnce, 1u), ("qos 2 - expire", MqttQualityOfService.ExactlyOnce, 1u),
            ("qos 1 - don't expire", MqttQualityOfService.AtLeastOnce, 6u), ("qos 2 - don't expire", MqttQualityOfService.ExactlyOnce, 6u),
        })
        {
            await publisher.SendAsync(new MqttPublishPacket
            {
                Topic = "TopicA", Payload = Encoding.UTF8.GetBytes(payload), QualityOfService = qos,
                PacketIdentifier = publisher.NextPacketIdentifier(), MessageExpiryInterval = expiry,
            }, Token);
            Assert.IsType(qos == MqttQualityOfService.AtLeastOnce ? typeof(MqttPubAckPacket) : typeof(MqttPubRecPacket), await publisher.ReceiveAsync(null, Token));
        }

        clock.Advance(TimeSpan.FromSeconds(3));
        var (back, connAck) = await RawMqttClient.ConnectAsync(broker.EndPoint,
            new MqttConnectPacket { ClientId = "message expiry b", CleanSession = false }, Token);
        await using var _ = back;
        Assert.True(connAck.SessionPresent);
        var first = await back.ReceiveAsync<MqttPublishPacket>(Token);
        var second = await back.ReceiveAsync<MqttPublishPacket>(Token);
        Assert.Equal(["qos 1 - don't expire", "qos 2 - don't expire"], new[] { Text(first), Text(second) });
        Assert.All(new[] { first, second }, p => Assert.True(p.MessageExpiryInterval < 6));
        Assert.True(await back.ReceivesNothingAsync(TimeSpan.FromMilliseconds(200), Token));
        Assert.Empty(broker.Errors);
    }

    /// <summary>
    /// Mosquitto's 05-session-expiry-v5: a client with Session Expiry 4,294,967,294 s beside one with 1 s; the short
    /// one expires on time, the long one stays, and the broker keeps serving.
    /// </summary>
    [Fact]
    public async Task MosquittoSessionExpiryScenarioWithAnOverflowingNeighbour()
    {
        var clock = new StrictManualClock();
        await using var broker = await TestBroker.StartAsync(o => o.TimeProvider = clock);
        await DisconnectAsync(await RawMqttClient.ConnectAsync(broker.EndPoint, "overflow", cleanSession: false, sessionExpiry: uint.MaxValue - 1, cancellationToken: Token));
        await DisconnectAsync(await RawMqttClient.ConnectAsync(broker.EndPoint, "clean-qos2-test", cleanSession: false, sessionExpiry: 1, cancellationToken: Token));

        var (again, connAck) = await RawMqttClient.ConnectAsync(broker.EndPoint,
            new MqttConnectPacket { ClientId = "clean-qos2-test", CleanSession = false, SessionExpiryInterval = 1 }, Token);
        Assert.True(connAck.SessionPresent);
        await DisconnectAsync(again, new MqttDisconnectPacket { SessionExpiryInterval = 3 });
        clock.Advance(TimeSpan.FromSeconds(2));
        (again, connAck) = await RawMqttClient.ConnectAsync(broker.EndPoint,
            new MqttConnectPacket { ClientId = "clean-qos2-test", CleanSession = false, SessionExpiryInterval = 1 }, Token);
        Assert.True(connAck.SessionPresent);
        await DisconnectAsync(again);
        clock.Advance(TimeSpan.FromSeconds(2));
        (again, connAck) = await RawMqttClient.ConnectAsync(broker.EndPoint,
            new MqttConnectPacket { ClientId = "clean-qos2-test", CleanSession = false, SessionExpiryInterval = 1 }, Token);
        await using var _ = again;
        Assert.False(connAck.SessionPresent);

        var (overflow, overflowAck) = await RawMqttClient.ConnectAsync(broker.EndPoint,
            new MqttConnectPacket { ClientId = "overflow", CleanSession = false, SessionExpiryInterval = uint.MaxValue - 1 }, Token);
        await using var __ = overflow;
        Assert.True(overflowAck.SessionPresent);
        await AssertServesAsync(broker, again);
    }

    internal static string Text(MqttPublishPacket packet) => Encoding.UTF8.GetString(packet.Payload.Span);

    /// <summary>Closes the socket without DISCONNECT (the will applies) and waits until the broker has seen it.</summary>
    internal static async Task DropAsync(TestBroker broker, RawMqttClient client)
    {
        var before = broker.Broker.Counters.CurrentConnections;
        await client.DisposeAsync();
        await TestBroker.WaitUntilAsync(() => broker.Broker.Counters.CurrentConnections < before, "the broker saw the client go");
    }

    internal static async Task<RawMqttClient> WatchAsync(TestBroker broker, string filter)
    {
        var watcher = await RawMqttClient.ConnectAsync(broker.EndPoint, "watcher-" + Guid.NewGuid().ToString("N"), cancellationToken: Token);
        await watcher.SubscribeAsync(filter, MqttQualityOfService.AtMostOnce, Token);
        return watcher;
    }

    /// <summary>A message published in process reaches <paramref name="client"/> through a fresh subscription: the broker still serves.</summary>
    internal static async Task AssertServesAsync(TestBroker broker, RawMqttClient client)
    {
        var topic = "alive/" + Guid.NewGuid().ToString("N");
        await client.SubscribeAsync(topic, MqttQualityOfService.AtMostOnce, Token);
        await broker.Broker.PublishAsync(new MqttApplicationMessage { Topic = topic, Payload = "yes"u8.ToArray() }, Token);
        Assert.Equal(topic, (await client.ReceiveAsync<MqttPublishPacket>(Token)).Topic);
        Assert.Empty(broker.Errors);
    }

    private static async Task DisconnectAsync(RawMqttClient client, MqttDisconnectPacket? disconnect = null)
    {
        await client.SendAsync(disconnect ?? new MqttDisconnectPacket(), Token);
        await client.WaitForCloseAsync(null, Token);
        await client.DisposeAsync();
    }

    /// <summary>Connects as "absent" (resuming its session), subscribes to news/# again and returns what arrives, acknowledged.</summary>
    private static async Task<List<MqttPublishPacket>> ReconnectAndCollectAsync(TestBroker broker, uint expiry)
    {
        var (client, _) = await RawMqttClient.ConnectAsync(broker.EndPoint,
            new MqttConnectPacket { ClientId = "absent", CleanSession = false, SessionExpiryInterval = expiry }, Token);
        await using var _ = client;
        await client.SendAsync(new MqttSubscribePacket
        {
            PacketIdentifier = client.NextPacketIdentifier(),
            TopicFilters = [new MqttTopicFilter { Topic = "news/#", QualityOfService = MqttQualityOfService.AtLeastOnce }],
        }, Token);
        var received = new List<MqttPublishPacket>();
        while (true)
        {
            MqttPacket packet;
            try
            {
                packet = await client.ReceiveAsync(TimeSpan.FromMilliseconds(300), Token);
            }
            catch (TimeoutException)
            {
                return received;
            }

            if (packet is MqttPublishPacket publish)
            {
                received.Add(publish);
                await client.SendAsync(new MqttPubAckPacket { PacketIdentifier = publish.PacketIdentifier }, Token);
            }
        }
    }
}
