using System.Text;
using AiotHub.Mqtt.Broker;
using AiotHub.Mqtt.Packets;
using AiotHub.Mqtt.Protocol;

namespace AiotHub.Mqtt.Tests.Broker;

public sealed class BrokerLimitsTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static string Text(MqttPublishPacket packet) => Encoding.UTF8.GetString(packet.Payload.Span);

    [Fact]
    public async Task InboundTopicAliasIsResolvedForSubscribers()
    {
        await using var broker = await TestBroker.StartAsync();
        await using var subscriber = await RawMqttClient.ConnectAsync(broker.EndPoint, "sub", cancellationToken: Token);
        await using var publisher = await RawMqttClient.ConnectAsync(broker.EndPoint, "pub", cancellationToken: Token);
        await subscriber.SubscribeAsync("sensors/long/topic/name", MqttQualityOfService.AtMostOnce, Token);
        await publisher.SendAsync(new MqttPublishPacket { Topic = "sensors/long/topic/name", TopicAlias = 3, Payload = "1"u8.ToArray() }, Token);
        await publisher.SendAsync(new MqttPublishPacket { Topic = "", TopicAlias = 3, Payload = "2"u8.ToArray() }, Token);
        foreach (var expected in new[] { "1", "2" })
        {
            var publish = await subscriber.ReceiveAsync<MqttPublishPacket>(Token);
            Assert.Equal("sensors/long/topic/name", publish.Topic);
            Assert.Null(publish.TopicAlias);
            Assert.Equal(expected, Text(publish));
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(11)]
    public async Task TopicAliasOutOfRangeEndsTheConnectionWithTopicAliasInvalid(int alias)
    {
        await using var broker = await TestBroker.StartAsync(o => o.TopicAliasMaximum = 10);
        await using var client = await RawMqttClient.ConnectAsync(broker.EndPoint, "c", cancellationToken: Token);
        await client.SendAsync(new MqttPublishPacket { Topic = "t", TopicAlias = (ushort)alias, Payload = "1"u8.ToArray() }, Token);
        var packets = await client.WaitForCloseAsync(null, Token);
        var disconnect = Assert.IsType<MqttDisconnectPacket>(Assert.Single(packets));
        Assert.True(disconnect.ReasonCode is MqttReasonCode.TopicAliasInvalid or MqttReasonCode.ProtocolError or MqttReasonCode.MalformedPacket,
            disconnect.ReasonCode.ToString());
    }

    [Fact]
    public async Task UnknownTopicAliasEndsTheConnectionWithTopicAliasInvalid()
    {
        await using var broker = await TestBroker.StartAsync();
        await using var client = await RawMqttClient.ConnectAsync(broker.EndPoint, "c", cancellationToken: Token);
        await client.SendAsync(new MqttPublishPacket { Topic = "", TopicAlias = 2, Payload = "1"u8.ToArray() }, Token);
        var packets = await client.WaitForCloseAsync(null, Token);
        Assert.Equal(MqttReasonCode.TopicAliasInvalid, Assert.IsType<MqttDisconnectPacket>(Assert.Single(packets)).ReasonCode);
    }

    [Fact]
    public async Task OutboundTopicAliasIsAssignedOnFirstUseWithinTheClientMaximum()
    {
        await using var broker = await TestBroker.StartAsync();
        var (subscriber, _) = await RawMqttClient.ConnectAsync(broker.EndPoint,
            new MqttConnectPacket { ClientId = "sub", TopicAliasMaximum = 1 }, Token);
        await using var __ = subscriber;
        await subscriber.SubscribeAsync("a/#", MqttQualityOfService.AtMostOnce, Token);
        await broker.Broker.PublishAsync(new MqttApplicationMessage { Topic = "a/one", Payload = "1"u8.ToArray() }, Token);
        await broker.Broker.PublishAsync(new MqttApplicationMessage { Topic = "a/one", Payload = "2"u8.ToArray() }, Token);
        await broker.Broker.PublishAsync(new MqttApplicationMessage { Topic = "a/two", Payload = "3"u8.ToArray() }, Token);

        var first = await subscriber.ReceiveAsync<MqttPublishPacket>(Token);
        Assert.Equal(("a/one", (ushort?)1), (first.Topic, first.TopicAlias));
        var second = await subscriber.ReceiveAsync<MqttPublishPacket>(Token);
        Assert.Equal(("", (ushort?)1), (second.Topic, second.TopicAlias));
        var third = await subscriber.ReceiveAsync<MqttPublishPacket>(Token); // no alias left: full topic
        Assert.Equal(("a/two", (ushort?)null), (third.Topic, third.TopicAlias));
    }

    [Fact]
    public async Task ClientWithoutTopicAliasMaximumGetsNoAliases()
    {
        await using var broker = await TestBroker.StartAsync();
        await using var subscriber = await RawMqttClient.ConnectAsync(broker.EndPoint, "sub", cancellationToken: Token);
        await subscriber.SubscribeAsync("a", MqttQualityOfService.AtMostOnce, Token);
        await broker.Broker.PublishAsync(new MqttApplicationMessage { Topic = "a", Payload = "1"u8.ToArray() }, Token);
        Assert.Null((await subscriber.ReceiveAsync<MqttPublishPacket>(Token)).TopicAlias);
    }

    [Fact]
    public async Task MessagePropertiesPassThroughUnchanged()
    {
        await using var broker = await TestBroker.StartAsync();
        await using var subscriber = await RawMqttClient.ConnectAsync(broker.EndPoint, "sub", cancellationToken: Token);
        await using var publisher = await RawMqttClient.ConnectAsync(broker.EndPoint, "pub", cancellationToken: Token);
        await subscriber.SubscribeAsync("req", MqttQualityOfService.AtMostOnce, Token);
        await publisher.SendAsync(new MqttPublishPacket
        {
            Topic = "req",
            Payload = "{}"u8.ToArray(),
            PayloadFormatIndicator = 1,
            ContentType = "application/json",
            ResponseTopic = "resp/1",
            CorrelationData = [1, 2, 3],
            UserProperties = [new("a", "1"), new("a", "2")],
            MessageExpiryInterval = 600,
        }, Token);
        var publish = await subscriber.ReceiveAsync<MqttPublishPacket>(Token);
        Assert.Equal((byte?)1, publish.PayloadFormatIndicator);
        Assert.Equal("application/json", publish.ContentType);
        Assert.Equal("resp/1", publish.ResponseTopic);
        Assert.Equal(new byte[] { 1, 2, 3 }, publish.CorrelationData);
        Assert.Equal([new("a", "1"), new("a", "2")], publish.UserProperties!);
        Assert.InRange(publish.MessageExpiryInterval!.Value, 598u, 600u);
    }

    [Fact]
    public async Task ExpiredQueuedMessageIsDroppedAndCounted()
    {
        var clock = new ManualClock();
        await using var broker = await TestBroker.StartAsync(o => o.TimeProvider = clock);
        await using (var subscriber = await RawMqttClient.ConnectAsync(broker.EndPoint, "sub", cleanSession: false, sessionExpiry: 300, cancellationToken: Token))
        {
            await subscriber.SubscribeAsync("t", MqttQualityOfService.AtLeastOnce, Token);
            await subscriber.SendAsync(new MqttDisconnectPacket(), Token);
            await subscriber.WaitForCloseAsync(null, Token);
        }

        await TestBroker.WaitUntilAsync(() => broker.Broker.Counters.CurrentConnections == 0, "the subscriber is gone");
        await broker.Broker.PublishAsync(new MqttApplicationMessage
        {
            Topic = "t", Payload = "short"u8.ToArray(), QualityOfService = MqttQualityOfService.AtLeastOnce, MessageExpiryInterval = 10,
        }, Token);
        await broker.Broker.PublishAsync(new MqttApplicationMessage
        {
            Topic = "t", Payload = "long"u8.ToArray(), QualityOfService = MqttQualityOfService.AtLeastOnce, MessageExpiryInterval = 100,
        }, Token);
        clock.Advance(TimeSpan.FromSeconds(30));

        await using var back = await RawMqttClient.ConnectAsync(broker.EndPoint, "sub", cleanSession: false, sessionExpiry: 300, cancellationToken: Token);
        var publish = await back.ReceiveAsync<MqttPublishPacket>(Token);
        Assert.Equal("long", Text(publish));
        Assert.Equal(70u, publish.MessageExpiryInterval); // 100 s minus the 30 s it waited (§3.3.2.3.3)
        Assert.Equal(1, broker.Broker.Counters.MessagesDroppedExpired);
    }

    [Fact]
    public async Task MessageLargerThanTheClientMaximumPacketSizeIsNotSent()
    {
        await using var broker = await TestBroker.StartAsync();
        var (subscriber, _) = await RawMqttClient.ConnectAsync(broker.EndPoint,
            new MqttConnectPacket { ClientId = "sub", MaximumPacketSize = 100 }, Token);
        await using var __ = subscriber;
        await subscriber.SubscribeAsync("big", MqttQualityOfService.AtLeastOnce, Token);
        await broker.Broker.PublishAsync(new MqttApplicationMessage { Topic = "big", Payload = new byte[500], QualityOfService = MqttQualityOfService.AtLeastOnce }, Token);
        await broker.Broker.PublishAsync(new MqttApplicationMessage { Topic = "big", Payload = "small"u8.ToArray(), QualityOfService = MqttQualityOfService.AtLeastOnce }, Token);
        Assert.Equal("small", Text(await subscriber.ReceiveAsync<MqttPublishPacket>(Token)));
        Assert.Equal(1, broker.Broker.Counters.MessagesDroppedTooLarge);
    }

    [Fact]
    public async Task PacketLargerThanTheBrokerMaximumEndsTheConnectionWithPacketTooLarge()
    {
        await using var broker = await TestBroker.StartAsync(o => o.MaximumPacketSize = 1000);
        await using var client = await RawMqttClient.ConnectAsync(broker.EndPoint, "c", cancellationToken: Token);
        await client.SendAsync(new MqttPublishPacket { Topic = "t", Payload = new byte[5000] }, Token);
        var packets = await client.WaitForCloseAsync(null, Token);
        Assert.Equal(MqttReasonCode.PacketTooLarge, Assert.IsType<MqttDisconnectPacket>(Assert.Single(packets)).ReasonCode);
    }

    [Fact]
    public async Task MalformedPacketEndsTheConnectionWithMalformedPacket()
    {
        await using var broker = await TestBroker.StartAsync();
        await using var client = await RawMqttClient.ConnectAsync(broker.EndPoint, "c", cancellationToken: Token);
        // PUBLISH QoS 0 whose topic length (0x00FF) runs past the remaining length (3).
        await client.SendRawAsync(new byte[] { 0x30, 3, 0x00, 0xFF, (byte)'t' }, Token);
        var packets = await client.WaitForCloseAsync(null, Token);
        Assert.Equal(MqttReasonCode.MalformedPacket, Assert.IsType<MqttDisconnectPacket>(Assert.Single(packets)).ReasonCode);
    }

    [Fact]
    public async Task MalformedPacketFromA311ClientJustClosesTheConnection()
    {
        await using var broker = await TestBroker.StartAsync();
        await using var client = await RawMqttClient.ConnectAsync(broker.EndPoint, "c", MqttProtocolVersion.V311, cancellationToken: Token);
        await client.SendRawAsync(new byte[] { 0x30, 3, 0x00, 0xFF, (byte)'t' }, Token);
        Assert.Empty(await client.WaitForCloseAsync(null, Token));
    }

    [Fact]
    public async Task ExceedingTheReceiveMaximumEndsTheConnection()
    {
        await using var broker = await TestBroker.StartAsync(o => o.ReceiveMaximum = 2);
        await using var client = await RawMqttClient.ConnectAsync(broker.EndPoint, "c", cancellationToken: Token);
        for (ushort id = 1; id <= 3; id++)
        {
            await client.SendAsync(new MqttPublishPacket { Topic = "t", QualityOfService = MqttQualityOfService.ExactlyOnce, PacketIdentifier = id }, Token);
        }

        var packets = await client.WaitForCloseAsync(null, Token);
        Assert.Equal(MqttReasonCode.ReceiveMaximumExceeded, Assert.IsType<MqttDisconnectPacket>(packets[^1]).ReasonCode);
        Assert.Equal(2, packets.OfType<MqttPubRecPacket>().Count());
    }

    [Fact]
    public async Task OutboundInFlightWindowFollowsTheClientReceiveMaximum()
    {
        await using var broker = await TestBroker.StartAsync();
        var (subscriber, _) = await RawMqttClient.ConnectAsync(broker.EndPoint,
            new MqttConnectPacket { ClientId = "sub", ReceiveMaximum = 2 }, Token);
        await using var __ = subscriber;
        await subscriber.SubscribeAsync("t", MqttQualityOfService.AtLeastOnce, Token);
        for (var i = 0; i < 3; i++)
        {
            await broker.Broker.PublishAsync(new MqttApplicationMessage { Topic = "t", Payload = new[] { (byte)i }, QualityOfService = MqttQualityOfService.AtLeastOnce }, Token);
        }

        var first = await subscriber.ReceiveAsync<MqttPublishPacket>(Token);
        await subscriber.ReceiveAsync<MqttPublishPacket>(Token);
        Assert.True(await subscriber.ReceivesNothingAsync(TimeSpan.FromMilliseconds(300), Token));
        await subscriber.SendAsync(new MqttPubAckPacket { PacketIdentifier = first.PacketIdentifier }, Token);
        Assert.Equal(2, (await subscriber.ReceiveAsync<MqttPublishPacket>(Token)).Payload.Span[0]);
    }

    [Theory]
    [InlineData(MqttQueueFullPolicy.DropNewest, "0", "1")]
    [InlineData(MqttQueueFullPolicy.DropOldest, "3", "4")]
    public async Task FullQueueDropsPerPolicyAndCounts(MqttQueueFullPolicy policy, string expectedFirst, string expectedSecond)
    {
        await using var broker = await TestBroker.StartAsync(o =>
        {
            o.MaximumQueuedMessagesPerClient = 2;
            o.QueueFullPolicy = policy;
        });
        await using (var subscriber = await RawMqttClient.ConnectAsync(broker.EndPoint, "sub", cleanSession: false, sessionExpiry: 300, cancellationToken: Token))
        {
            await subscriber.SubscribeAsync("t", MqttQualityOfService.AtLeastOnce, Token);
            await subscriber.SendAsync(new MqttDisconnectPacket(), Token);
            await subscriber.WaitForCloseAsync(null, Token);
        }

        await TestBroker.WaitUntilAsync(() => broker.Broker.Counters.CurrentConnections == 0, "the subscriber is gone");
        for (var i = 0; i < 5; i++)
        {
            await broker.Broker.PublishAsync(new MqttApplicationMessage
            {
                Topic = "t", Payload = Encoding.UTF8.GetBytes(i.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                QualityOfService = MqttQualityOfService.AtLeastOnce,
            }, Token);
        }

        Assert.Equal(3, broker.Broker.Counters.MessagesDroppedQueueFull);
        await using var back = await RawMqttClient.ConnectAsync(broker.EndPoint, "sub", cleanSession: false, sessionExpiry: 300, cancellationToken: Token);
        Assert.Equal(expectedFirst, Text(await back.ReceiveAsync<MqttPublishPacket>(Token)));
        Assert.Equal(expectedSecond, Text(await back.ReceiveAsync<MqttPublishPacket>(Token)));
        Assert.True(await back.ReceivesNothingAsync(TimeSpan.FromMilliseconds(200), Token));
    }

    [Fact]
    public async Task SlowSubscriberDoesNotBlockPublishers()
    {
        await using var broker = await TestBroker.StartAsync(o => o.MaximumQueuedMessagesPerClient = 10);
        await using var slow = await RawMqttClient.ConnectAsync(broker.EndPoint, "slow", cancellationToken: Token);
        await using var fast = await RawMqttClient.ConnectAsync(broker.EndPoint, "fast", cancellationToken: Token);
        await slow.SubscribeAsync(new MqttTopicFilter { Topic = "flood", QualityOfService = MqttQualityOfService.AtLeastOnce }, null, Token);
        await fast.SubscribeAsync("flood", MqttQualityOfService.AtMostOnce, Token);
        var payload = new byte[1000];
        for (var i = 0; i < 2000; i++)
        {
            await broker.Broker.PublishAsync(new MqttApplicationMessage { Topic = "flood", Payload = payload, QualityOfService = MqttQualityOfService.AtLeastOnce }, Token);
        }

        // The slow client acknowledges nothing: its window and queue fill, and the rest is dropped for it alone.
        Assert.True(broker.Broker.Counters.MessagesDroppedQueueFull > 0);
        await fast.SendAsync(MqttPingReqPacket.Instance, Token);
        while ((await fast.ReceiveAsync(null, Token)) is not MqttPingRespPacket)
        {
        }
    }

    [Fact]
    public async Task FloodOfRequestsIsAnsweredInFullWithoutLosingTheConnection()
    {
        await using var broker = await TestBroker.StartAsync();
        await using var client = await RawMqttClient.ConnectAsync(broker.EndPoint, "flood", cancellationToken: Token);
        const int Count = 5000;
        var pings = new byte[Count * 2];
        for (var i = 0; i < Count; i++)
        {
            pings[2 * i] = 0xC0; // PINGREQ
        }

        await client.SendRawAsync(pings, Token);
        for (var i = 0; i < Count; i++)
        {
            await client.ReceiveAsync<MqttPingRespPacket>(Token);
        }

        await client.PublishAsync("t", "still here", MqttQualityOfService.AtLeastOnce, cancellationToken: Token);
    }
}
