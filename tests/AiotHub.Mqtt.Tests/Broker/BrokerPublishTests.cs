using System.Text;
using AiotHub.Mqtt.Broker;
using AiotHub.Mqtt.Packets;
using AiotHub.Mqtt.Protocol;

namespace AiotHub.Mqtt.Tests.Broker;

public sealed class BrokerPublishTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static string Text(MqttPublishPacket packet) => Encoding.UTF8.GetString(packet.Payload.Span);

    [Theory]
    [InlineData(MqttProtocolVersion.V311, MqttQualityOfService.AtMostOnce)]
    [InlineData(MqttProtocolVersion.V311, MqttQualityOfService.AtLeastOnce)]
    [InlineData(MqttProtocolVersion.V311, MqttQualityOfService.ExactlyOnce)]
    [InlineData(MqttProtocolVersion.V500, MqttQualityOfService.AtMostOnce)]
    [InlineData(MqttProtocolVersion.V500, MqttQualityOfService.AtLeastOnce)]
    [InlineData(MqttProtocolVersion.V500, MqttQualityOfService.ExactlyOnce)]
    public async Task MessageTravelsEndToEndAtEachQoS(MqttProtocolVersion version, MqttQualityOfService qos)
    {
        await using var broker = await TestBroker.StartAsync();
        await using var subscriber = await RawMqttClient.ConnectAsync(broker.EndPoint, "sub", version, cancellationToken: Token);
        await using var publisher = await RawMqttClient.ConnectAsync(broker.EndPoint, "pub", version, cancellationToken: Token);
        var subAck = await subscriber.SubscribeAsync(new MqttTopicFilter { Topic = "home/+/temp", QualityOfService = qos }, null, Token);
        Assert.Equal((MqttReasonCode)(byte)qos, Assert.Single(subAck.ReasonCodes));

        await publisher.PublishAsync("home/kitchen/temp", "21.5", qos, cancellationToken: Token);

        var publish = await subscriber.ReceiveAsync<MqttPublishPacket>(Token);
        Assert.Equal("home/kitchen/temp", publish.Topic);
        Assert.Equal("21.5", Text(publish));
        Assert.Equal(qos, publish.QualityOfService);
        Assert.False(publish.Retain);
        Assert.False(publish.Dup);
        if (qos == MqttQualityOfService.AtLeastOnce)
        {
            await subscriber.SendAsync(new MqttPubAckPacket { PacketIdentifier = publish.PacketIdentifier }, Token);
        }
        else if (qos == MqttQualityOfService.ExactlyOnce)
        {
            await subscriber.SendAsync(new MqttPubRecPacket { PacketIdentifier = publish.PacketIdentifier }, Token);
            var pubRel = await subscriber.ReceiveAsync<MqttPubRelPacket>(Token);
            Assert.Equal(publish.PacketIdentifier, pubRel.PacketIdentifier);
            await subscriber.SendAsync(new MqttPubCompPacket { PacketIdentifier = publish.PacketIdentifier }, Token);
        }

        await TestBroker.WaitUntilAsync(() => broker.Broker.Counters.MessagesOut == 1, "the message is counted");
        Assert.Equal(1, broker.Broker.Counters.MessagesIn);
    }

    [Fact]
    public async Task DeliveryQoSIsTheLowerOfPublishedAndGranted()
    {
        await using var broker = await TestBroker.StartAsync();
        await using var subscriber = await RawMqttClient.ConnectAsync(broker.EndPoint, "sub", cancellationToken: Token);
        await using var publisher = await RawMqttClient.ConnectAsync(broker.EndPoint, "pub", cancellationToken: Token);
        await subscriber.SubscribeAsync("t", MqttQualityOfService.AtLeastOnce, Token);
        await publisher.PublishAsync("t", "x", MqttQualityOfService.ExactlyOnce, cancellationToken: Token);
        var publish = await subscriber.ReceiveAsync<MqttPublishPacket>(Token);
        Assert.Equal(MqttQualityOfService.AtLeastOnce, publish.QualityOfService);
    }

    [Fact]
    public async Task DuplicateQoS2PublishBeforePubRelIsDeliveredOnce()
    {
        await using var broker = await TestBroker.StartAsync();
        await using var subscriber = await RawMqttClient.ConnectAsync(broker.EndPoint, "sub", cancellationToken: Token);
        await using var publisher = await RawMqttClient.ConnectAsync(broker.EndPoint, "pub", cancellationToken: Token);
        await subscriber.SubscribeAsync("t", MqttQualityOfService.AtMostOnce, Token);
        var packet = new MqttPublishPacket { Topic = "t", Payload = "once"u8.ToArray(), QualityOfService = MqttQualityOfService.ExactlyOnce, PacketIdentifier = 9 };
        await publisher.SendAsync(packet, Token);
        await publisher.ReceiveAsync<MqttPubRecPacket>(Token);
        packet.Dup = true;
        await publisher.SendAsync(packet, Token);
        Assert.Equal(9, (await publisher.ReceiveAsync<MqttPubRecPacket>(Token)).PacketIdentifier);
        await publisher.SendAsync(new MqttPubRelPacket { PacketIdentifier = 9 }, Token);
        await publisher.ReceiveAsync<MqttPubCompPacket>(Token);

        Assert.Equal("once", Text(await subscriber.ReceiveAsync<MqttPublishPacket>(Token)));
        Assert.True(await subscriber.ReceivesNothingAsync(TimeSpan.FromMilliseconds(300), Token));
    }

    [Fact]
    public async Task V5PublishWithoutSubscribersIsAcknowledgedWithNoMatchingSubscribers()
    {
        await using var broker = await TestBroker.StartAsync();
        await using var client = await RawMqttClient.ConnectAsync(broker.EndPoint, "c", cancellationToken: Token);
        await client.SendAsync(new MqttPublishPacket { Topic = "nobody", QualityOfService = MqttQualityOfService.AtLeastOnce, PacketIdentifier = 1 }, Token);
        Assert.Equal(MqttReasonCode.NoMatchingSubscribers, (await client.ReceiveAsync<MqttPubAckPacket>(Token)).ReasonCode);

        await client.SubscribeAsync("somebody", MqttQualityOfService.AtMostOnce, Token);
        await client.SendAsync(new MqttPublishPacket { Topic = "somebody", QualityOfService = MqttQualityOfService.AtLeastOnce, PacketIdentifier = 2 }, Token);
        var packets = new[] { await client.ReceiveAsync(null, Token), await client.ReceiveAsync(null, Token) };
        Assert.Equal(MqttReasonCode.Success, Assert.Single(packets.OfType<MqttPubAckPacket>()).ReasonCode);
        Assert.Single(packets.OfType<MqttPublishPacket>());

        // QoS 2 with 0x10 still completes.
        await client.SendAsync(new MqttPublishPacket { Topic = "nobody", QualityOfService = MqttQualityOfService.ExactlyOnce, PacketIdentifier = 3 }, Token);
        Assert.Equal(MqttReasonCode.NoMatchingSubscribers, (await client.ReceiveAsync<MqttPubRecPacket>(Token)).ReasonCode);
        await client.SendAsync(new MqttPubRelPacket { PacketIdentifier = 3 }, Token);
        Assert.Equal(MqttReasonCode.Success, (await client.ReceiveAsync<MqttPubCompPacket>(Token)).ReasonCode);
    }

    [Fact]
    public async Task PubRelForAnUnknownIdIsAnsweredWithPacketIdentifierNotFound()
    {
        await using var broker = await TestBroker.StartAsync();
        await using var client = await RawMqttClient.ConnectAsync(broker.EndPoint, "c", cancellationToken: Token);
        await client.SendAsync(new MqttPubRelPacket { PacketIdentifier = 77 }, Token);
        var pubComp = await client.ReceiveAsync<MqttPubCompPacket>(Token);
        Assert.Equal(MqttReasonCode.PacketIdentifierNotFound, pubComp.ReasonCode);
    }

    [Theory]
    [InlineData(MqttProtocolVersion.V311)]
    [InlineData(MqttProtocolVersion.V500)]
    public async Task RetainedMessageIsDeliveredOnSubscribeWithRetainSetAndClearedByEmptyPayload(MqttProtocolVersion version)
    {
        await using var broker = await TestBroker.StartAsync();
        await using var publisher = await RawMqttClient.ConnectAsync(broker.EndPoint, "pub", version, cancellationToken: Token);
        await publisher.PublishAsync("state/lamp", "on", MqttQualityOfService.AtLeastOnce, retain: true, cancellationToken: Token);

        await using (var first = await RawMqttClient.ConnectAsync(broker.EndPoint, "s1", version, cancellationToken: Token))
        {
            await first.SubscribeAsync("state/#", MqttQualityOfService.AtLeastOnce, Token);
            var retained = await first.ReceiveAsync<MqttPublishPacket>(Token);
            Assert.True(retained.Retain);
            Assert.Equal("on", Text(retained));
            Assert.Equal(MqttQualityOfService.AtLeastOnce, retained.QualityOfService);
            await first.SendAsync(new MqttPubAckPacket { PacketIdentifier = retained.PacketIdentifier }, Token);

            // Published while subscribed: RETAIN is 0 on an established subscription (3.1.1 §3.3.1.3; 5.0 without Retain As Published).
            await publisher.PublishAsync("state/lamp", "off", MqttQualityOfService.AtMostOnce, retain: true, cancellationToken: Token);
            var live = await first.ReceiveAsync<MqttPublishPacket>(Token);
            Assert.False(live.Retain);
            Assert.Equal("off", Text(live));
        }

        await publisher.PublishAsync("state/lamp", "", MqttQualityOfService.AtLeastOnce, retain: true, cancellationToken: Token);
        await using var second = await RawMqttClient.ConnectAsync(broker.EndPoint, "s2", version, cancellationToken: Token);
        await second.SubscribeAsync("state/#", MqttQualityOfService.AtLeastOnce, Token);
        Assert.True(await second.ReceivesNothingAsync(TimeSpan.FromMilliseconds(300), Token));
    }

    [Fact]
    public async Task RetainHandlingDecidesWhetherRetainedMessagesAreSent()
    {
        await using var broker = await TestBroker.StartAsync();
        await using var client = await RawMqttClient.ConnectAsync(broker.EndPoint, "c", cancellationToken: Token);
        await client.PublishAsync("r/a", "1", MqttQualityOfService.AtLeastOnce, retain: true, cancellationToken: Token);

        // 2: never.
        await client.SubscribeAsync(new MqttTopicFilter { Topic = "r/#", RetainHandling = MqttRetainHandling.DoNotSend }, null, Token);
        Assert.True(await client.ReceivesNothingAsync(TimeSpan.FromMilliseconds(300), Token));

        // 1: only when the subscription is new — it exists now, so nothing.
        await client.SubscribeAsync(new MqttTopicFilter { Topic = "r/#", RetainHandling = MqttRetainHandling.SendAtSubscribeIfNew }, null, Token);
        Assert.True(await client.ReceivesNothingAsync(TimeSpan.FromMilliseconds(300), Token));

        // 1 on a new filter: sent.
        await client.SubscribeAsync(new MqttTopicFilter { Topic = "r/+", RetainHandling = MqttRetainHandling.SendAtSubscribeIfNew }, null, Token);
        Assert.True((await client.ReceiveAsync<MqttPublishPacket>(Token)).Retain);

        // 0: every time.
        await client.SubscribeAsync(new MqttTopicFilter { Topic = "r/+", RetainHandling = MqttRetainHandling.SendAtSubscribe }, null, Token);
        Assert.True((await client.ReceiveAsync<MqttPublishPacket>(Token)).Retain);
    }

    [Fact]
    public async Task RetainAsPublishedKeepsTheRetainFlagOnLiveMessages()
    {
        await using var broker = await TestBroker.StartAsync();
        await using var client = await RawMqttClient.ConnectAsync(broker.EndPoint, "c", cancellationToken: Token);
        await client.SubscribeAsync(new MqttTopicFilter { Topic = "rap", RetainAsPublished = true }, null, Token);
        await client.PublishAsync("rap", "x", retain: true, cancellationToken: Token);
        Assert.True((await client.ReceiveAsync<MqttPublishPacket>(Token)).Retain);
    }

    [Fact]
    public async Task WildcardFiltersDoNotMatchDollarTopics()
    {
        await using var broker = await TestBroker.StartAsync();
        await using var client = await RawMqttClient.ConnectAsync(broker.EndPoint, "c", cancellationToken: Token);
        await client.SubscribeAsync("#", MqttQualityOfService.AtMostOnce, Token);
        await broker.Broker.PublishAsync(new MqttApplicationMessage { Topic = "$SYS/uptime", Payload = "1"u8.ToArray() }, Token);
        await broker.Broker.PublishAsync(new MqttApplicationMessage { Topic = "plain", Payload = "2"u8.ToArray() }, Token);
        Assert.Equal("plain", (await client.ReceiveAsync<MqttPublishPacket>(Token)).Topic);
    }

    [Fact]
    public async Task NoLocalSubscriptionDoesNotReceiveOwnMessages()
    {
        await using var broker = await TestBroker.StartAsync();
        await using var client = await RawMqttClient.ConnectAsync(broker.EndPoint, "c", cancellationToken: Token);
        await using var other = await RawMqttClient.ConnectAsync(broker.EndPoint, "o", cancellationToken: Token);
        await client.SubscribeAsync(new MqttTopicFilter { Topic = "chat", NoLocal = true }, null, Token);
        await client.PublishAsync("chat", "mine", cancellationToken: Token);
        await other.PublishAsync("chat", "theirs", cancellationToken: Token);
        Assert.Equal("theirs", Text(await client.ReceiveAsync<MqttPublishPacket>(Token)));
    }

    [Fact]
    public async Task NoLocalOnASharedSubscriptionIsAProtocolError()
    {
        await using var broker = await TestBroker.StartAsync();
        await using var client = await RawMqttClient.ConnectAsync(broker.EndPoint, "c", cancellationToken: Token);
        await client.SendAsync(new MqttSubscribePacket
        {
            PacketIdentifier = 1,
            TopicFilters = [new MqttTopicFilter { Topic = "$share/g/t", NoLocal = true }],
        }, Token);
        var packets = await client.WaitForCloseAsync(null, Token);
        Assert.Equal(MqttReasonCode.ProtocolError, Assert.IsType<MqttDisconnectPacket>(Assert.Single(packets)).ReasonCode);
    }

    [Fact]
    public async Task SubscriptionIdentifiersOfAllMatchingSubscriptionsAreDelivered()
    {
        await using var broker = await TestBroker.StartAsync();
        await using var client = await RawMqttClient.ConnectAsync(broker.EndPoint, "c", cancellationToken: Token);
        await client.SubscribeAsync(new MqttTopicFilter { Topic = "a/+" }, 11, Token);
        await client.SubscribeAsync(new MqttTopicFilter { Topic = "a/#" }, 22, Token);
        await client.PublishAsync("a/b", "x", cancellationToken: Token);
        var publish = await client.ReceiveAsync<MqttPublishPacket>(Token);
        Assert.Equal([11u, 22u], publish.SubscriptionIdentifiers!.Order());
        Assert.True(await client.ReceivesNothingAsync(TimeSpan.FromMilliseconds(200), Token));
    }

    [Fact]
    public async Task SharedSubscriptionDistributesMessagesAmongTheGroup()
    {
        await using var broker = await TestBroker.StartAsync();
        await using var a = await RawMqttClient.ConnectAsync(broker.EndPoint, "a", cancellationToken: Token);
        await using var b = await RawMqttClient.ConnectAsync(broker.EndPoint, "b", cancellationToken: Token);
        await using var publisher = await RawMqttClient.ConnectAsync(broker.EndPoint, "p", cancellationToken: Token);
        await a.SubscribeAsync("$share/workers/jobs/#", MqttQualityOfService.AtMostOnce, Token);
        await b.SubscribeAsync("$share/workers/jobs/#", MqttQualityOfService.AtMostOnce, Token);
        for (var i = 0; i < 10; i++)
        {
            await publisher.PublishAsync("jobs/x", i.ToString(System.Globalization.CultureInfo.InvariantCulture),
                MqttQualityOfService.AtLeastOnce, cancellationToken: Token);
        }

        // Each message goes to exactly one member of the group (§4.8.2).
        var perClient = new int[2];
        await TestBroker.WaitUntilAsync(() => broker.Broker.Counters.MessagesOut == 10, "all ten are delivered");
        foreach (var (client, index) in new[] { (a, 0), (b, 1) })
        {
            while (!await client.ReceivesNothingAsync(TimeSpan.FromMilliseconds(200), Token))
            {
                perClient[index]++;
            }
        }

        Assert.Equal(10, perClient[0] + perClient[1]);
        Assert.True(perClient[0] > 0 && perClient[1] > 0, $"a got {perClient[0]}, b got {perClient[1]}");
    }
}
