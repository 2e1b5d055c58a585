using AiotHub.Mqtt.Broker;
using AiotHub.Mqtt.Packets;
using AiotHub.Mqtt.Protocol;

namespace AiotHub.Mqtt.Tests.Broker;

/// <summary>
/// What a granted subscription receives: every message — live, retained at subscribe, a will — is checked on its
/// concrete topic for that subscriber, against the ACL's read rules and <see cref="MqttBrokerOptions.AuthorizeDelivery"/>.
/// </summary>
public sealed class BrokerDeliveryAuthorizationTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(MqttProtocolVersion.V311)]
    [InlineData(MqttProtocolVersion.V500)]
    public async Task OneAclDenyWithholdsItsTopicFromWildcardSubscribersInsteadOfRefusingThem(MqttProtocolVersion version)
    {
        await using var broker = await TestBroker.StartAsync(o => o.Acl = new MqttAcl(
            [new MqttAclRule { Permission = MqttAclPermission.Deny, TopicFilter = "test/nosubscribe", Actions = MqttAclActions.Subscribe }],
            MqttAclPermission.Allow));
        await using var publisher = await RawMqttClient.ConnectAsync(broker.EndPoint, "publisher", cancellationToken: Token);
        await publisher.PublishAsync("test/nosubscribe", "retained secret", MqttQualityOfService.AtLeastOnce, retain: true, Token);
        await publisher.PublishAsync("test/retained", "retained open", MqttQualityOfService.AtLeastOnce, retain: true, Token);

        await using var subscriber = await RawMqttClient.ConnectAsync(broker.EndPoint, "subscriber", version, cancellationToken: Token);
        foreach (var filter in new[] { "#", "+/+" })
        {
            var subAck = await subscriber.SubscribeAsync(new MqttTopicFilter { Topic = filter, QualityOfService = MqttQualityOfService.AtLeastOnce }, null, Token);
            Assert.Equal(MqttReasonCode.GrantedQoS1, Assert.Single(subAck.ReasonCodes));
            var retained = await subscriber.ReceiveAsync<MqttPublishPacket>(Token);
            Assert.Equal("test/retained", retained.Topic);
            await subscriber.SendAsync(new MqttPubAckPacket { PacketIdentifier = retained.PacketIdentifier }, Token);
        }

        var refused = await subscriber.SubscribeAsync(new MqttTopicFilter { Topic = "test/nosubscribe" }, null, Token);
        Assert.True(Assert.Single(refused.ReasonCodes) >= MqttReasonCode.UnspecifiedError);

        await publisher.PublishAsync("test/nosubscribe", "live secret", MqttQualityOfService.AtLeastOnce, cancellationToken: Token);
        await publisher.PublishAsync("test/open", "live open", MqttQualityOfService.AtLeastOnce, cancellationToken: Token);
        var (dying, _) = await RawMqttClient.ConnectAsync(broker.EndPoint, new MqttConnectPacket
        {
            ClientId = "dying",
            Will = new MqttWillMessage { Topic = "test/nosubscribe", Payload = "will secret"u8.ToArray() },
        }, Token);
        await BrokerDurationTests.DropAsync(broker, dying);
        (dying, _) = await RawMqttClient.ConnectAsync(broker.EndPoint, new MqttConnectPacket
        {
            ClientId = "dying",
            Will = new MqttWillMessage { Topic = "test/will", Payload = "will open"u8.ToArray() },
        }, Token);
        await BrokerDurationTests.DropAsync(broker, dying);

        Assert.Equal("live open", BrokerDurationTests.Text(await subscriber.ReceiveAsync<MqttPublishPacket>(Token)));
        Assert.Equal("will open", BrokerDurationTests.Text(await subscriber.ReceiveAsync<MqttPublishPacket>(Token)));
        Assert.True(await subscriber.ReceivesNothingAsync(TimeSpan.FromMilliseconds(300), Token));
    }

    [Fact]
    public async Task AuthorizeDeliveryFiltersLiveAndRetainedMessagesPerSubscriber()
    {
        var seen = new System.Collections.Concurrent.ConcurrentQueue<string>();
        await using var broker = await TestBroker.StartAsync(o => o.AuthorizeDelivery = (user, clientId, topic) =>
        {
            seen.Enqueue($"{user}|{clientId}|{topic}");
            return clientId != "guest" || !topic.StartsWith("private/", StringComparison.Ordinal);
        });
        await broker.Broker.PublishAsync(new MqttApplicationMessage { Topic = "private/retained", Payload = "p"u8.ToArray(), Retain = true }, Token);
        await broker.Broker.PublishAsync(new MqttApplicationMessage { Topic = "public/retained", Payload = "p"u8.ToArray(), Retain = true }, Token);

        var (owner, _) = await RawMqttClient.ConnectAsync(broker.EndPoint, new MqttConnectPacket { ClientId = "owner", UserName = "alice" }, Token);
        await using var __ = owner;
        await using var guest = await RawMqttClient.ConnectAsync(broker.EndPoint, "guest", cancellationToken: Token);
        await owner.SubscribeAsync("#", MqttQualityOfService.AtMostOnce, Token);
        await guest.SubscribeAsync("#", MqttQualityOfService.AtMostOnce, Token);
        Assert.Equal(["private/retained", "public/retained"], await TopicsAsync(owner, 2));
        Assert.Equal(["public/retained"], await TopicsAsync(guest, 1));

        await broker.Broker.PublishAsync(new MqttApplicationMessage { Topic = "private/live", Payload = "p"u8.ToArray() }, Token);
        await broker.Broker.PublishAsync(new MqttApplicationMessage { Topic = "public/live", Payload = "p"u8.ToArray() }, Token);
        Assert.Equal(["private/live", "public/live"], await TopicsAsync(owner, 2));
        Assert.Equal(["public/live"], await TopicsAsync(guest, 1));
        Assert.True(await guest.ReceivesNothingAsync(TimeSpan.FromMilliseconds(200), Token));
        Assert.Contains("alice|owner|private/live", seen);
        Assert.Contains("|guest|private/live", seen);
    }

    [Fact]
    public async Task TheAclAndAuthorizeDeliveryMustBothAllowADelivery()
    {
        await using var broker = await TestBroker.StartAsync(o =>
        {
            o.Acl = new MqttAcl([new MqttAclRule { Permission = MqttAclPermission.Deny, TopicFilter = "acl/#" }], MqttAclPermission.Allow);
            o.AuthorizeDelivery = (_, _, topic) => !topic.StartsWith("callback/", StringComparison.Ordinal);
        });
        await using var subscriber = await RawMqttClient.ConnectAsync(broker.EndPoint, "subscriber", cancellationToken: Token);
        await subscriber.SubscribeAsync("#", MqttQualityOfService.AtMostOnce, Token);
        foreach (var topic in new[] { "acl/x", "callback/x", "open/x" })
        {
            await broker.Broker.PublishAsync(new MqttApplicationMessage { Topic = topic, Payload = "p"u8.ToArray() }, Token);
        }

        Assert.Equal(["open/x"], await TopicsAsync(subscriber, 1));
        Assert.True(await subscriber.ReceivesNothingAsync(TimeSpan.FromMilliseconds(200), Token));
    }

    [Fact]
    public async Task ADeliveryCallbackThatThrowsWithholdsTheMessageAndTheBrokerKeepsServing()
    {
        await using var broker = await TestBroker.StartAsync(o => o.AuthorizeDelivery = (_, _, topic) =>
            topic == "boom" ? throw new InvalidOperationException("boom") : true);
        await using var subscriber = await RawMqttClient.ConnectAsync(broker.EndPoint, "subscriber", cancellationToken: Token);
        await subscriber.SubscribeAsync("#", MqttQualityOfService.AtMostOnce, Token);
        await broker.Broker.PublishAsync(new MqttApplicationMessage { Topic = "boom", Payload = "p"u8.ToArray() }, Token);
        await broker.Broker.PublishAsync(new MqttApplicationMessage { Topic = "fine", Payload = "p"u8.ToArray() }, Token);

        Assert.Equal(["fine"], await TopicsAsync(subscriber, 1));
        Assert.Contains(broker.Errors, e => e.Exception is InvalidOperationException);
    }

    [Fact]
    public async Task RoutingThroughAnAclThatChecksEveryDeliveryAllocatesLittle()
    {
        var acl = new MqttAcl(
        [
            new MqttAclRule { Permission = MqttAclPermission.Deny, TopicFilter = "$SYS/#" },
            new MqttAclRule { Permission = MqttAclPermission.Allow, UserName = "admin", TopicFilter = "#" },
            new MqttAclRule { Permission = MqttAclPermission.Deny, TopicFilter = "bench/secret/#" },
            new MqttAclRule { Permission = MqttAclPermission.Allow, TopicFilter = "bench/%c/#" },
            new MqttAclRule { Permission = MqttAclPermission.Allow, TopicFilter = "bench/+/value" },
        ]);
        await using var broker = await TestBroker.StartAsync(o =>
        {
            o.MaximumQueuedMessagesPerClient = 100_000;
            o.Acl = acl;
        });
        await using var subscriber = await RawMqttClient.ConnectAsync(broker.EndPoint, "sub", cancellationToken: Token);
        await subscriber.SubscribeAsync("bench/#", MqttQualityOfService.AtMostOnce, Token);
        var message = new MqttPublishPacket { Topic = "bench/a/value", Payload = new byte[16] };
        const int Count = 20_000;

        // The check itself allocates nothing at all.
        Assert.True(acl.CanReceive(null, "sub", message.Topic));
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < Count; i++)
        {
            acl.CanReceive(null, "sub", message.Topic);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);

        // The whole routing path stays within the target. The least of three runs: work the thread pool happens
        // to run inline on this thread (the subscriber's writer waking) is not the router's.
        var perMessage = double.MaxValue;
        for (var run = 1; run <= 4; run++)
        {
            before = GC.GetAllocatedBytesForCurrentThread();
            for (var i = 0; i < Count; i++)
            {
                broker.Broker.Route(message, null, 0);
            }

            if (run > 1)
            {
                perMessage = Math.Min(perMessage, (GC.GetAllocatedBytesForCurrentThread() - before) / (double)Count);
            }

            await TestBroker.WaitUntilAsync(() => broker.Broker.Counters.MessagesOut >= run * Count, "the messages are delivered");
        }

        Assert.True(perMessage <= 64, $"{perMessage:F1} bytes per routed message");
    }

    /// <summary>The topics of the next <paramref name="count"/> PUBLISHes, sorted.</summary>
    private static async Task<string[]> TopicsAsync(RawMqttClient client, int count)
    {
        var topics = new List<string>();
        for (var i = 0; i < count; i++)
        {
            topics.Add((await client.ReceiveAsync<MqttPublishPacket>(Token)).Topic);
        }

        return [.. topics.Order(StringComparer.Ordinal)];
    }
}
