using System.Collections.Concurrent;
using System.Text;
using AiotHub.Mqtt.Broker;
using AiotHub.Mqtt.Packets;
using AiotHub.Mqtt.Protocol;

namespace AiotHub.Mqtt.Tests.Broker;

/// <summary>
/// A local link (the hub's in-process device link): decoded messages handed to a handler without a socket, the
/// publisher's PUBACK held until the handler's task completes, and the link's own publishes routed and authorised
/// like a client's.
/// </summary>
public sealed class BrokerLocalLinkTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AMatchingMessageReachesTheHandlerDecodedWithItsProperties()
    {
        await using var broker = await TestBroker.StartAsync();
        var received = new ConcurrentQueue<(string Topic, string Payload, string? ResponseTopic, string? Correlation)>();
        await using var link = await broker.Broker.AttachLocalLinkAsync("hub", "hub-user", ["home/+/#"], message =>
        {
            received.Enqueue((message.Topic, Encoding.UTF8.GetString(message.Payload.Span), message.ResponseTopic,
                message.CorrelationData is { } c ? Encoding.UTF8.GetString(c) : null));
            return ValueTask.CompletedTask;
        }, Token);
        await using var device = await RawMqttClient.ConnectAsync(broker.EndPoint, "lamp", cancellationToken: Token);

        await device.SendAsync(new MqttPublishPacket
        {
            Topic = "home/lamp/reply",
            Payload = "{\"id\":\"c1\"}"u8.ToArray(),
            ResponseTopic = "home/lamp/set",
            CorrelationData = "c1"u8.ToArray(),
        }, Token);
        await device.PublishAsync("elsewhere/lamp", "not for the link", cancellationToken: Token);
        await device.PublishAsync("home/lamp/properties", "{\"v\":1}", MqttQualityOfService.AtLeastOnce, cancellationToken: Token);

        Assert.Equal(
            [("home/lamp/reply", "{\"id\":\"c1\"}", "home/lamp/set", "c1"), ("home/lamp/properties", "{\"v\":1}", null, null)],
            received.ToArray());
        Assert.True(link.IsAttached);
    }

    [Fact]
    public async Task TheDevicesPubAckWaitsUntilTheHandlersTaskCompletes()
    {
        await using var broker = await TestBroker.StartAsync();
        var taken = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var link = await broker.Broker.AttachLocalLinkAsync("hub", null, ["home/#"], _ => new ValueTask(taken.Task), Token);
        await using var device = await RawMqttClient.ConnectAsync(broker.EndPoint, "lamp", cancellationToken: Token);

        await device.SendAsync(new MqttPublishPacket
        {
            Topic = "home/lamp/properties",
            Payload = "{}"u8.ToArray(),
            QualityOfService = MqttQualityOfService.AtLeastOnce,
            PacketIdentifier = 7,
        }, Token);

        Assert.True(await device.ReceivesNothingAsync(TimeSpan.FromMilliseconds(300), Token), "PUBACK came before the handler finished");
        taken.SetResult();
        var ack = await device.ReceiveAsync<MqttPubAckPacket>(Token);
        Assert.Equal(7, ack.PacketIdentifier);
        Assert.Equal(MqttReasonCode.Success, ack.ReasonCode);
    }

    [Fact]
    public async Task AHandlerThatFailsGetsTheDeviceNoPubAckAndItsConnectionClosed()
    {
        await using var broker = await TestBroker.StartAsync();
        await using var link = await broker.Broker.AttachLocalLinkAsync("hub", null, ["home/#"],
            _ => ValueTask.FromException(new IOException("disk full")), Token);
        await using var device = await RawMqttClient.ConnectAsync(broker.EndPoint, "lamp", cancellationToken: Token);

        await device.SendAsync(new MqttPublishPacket
        {
            Topic = "home/lamp/properties",
            Payload = "{}"u8.ToArray(),
            QualityOfService = MqttQualityOfService.AtLeastOnce,
            PacketIdentifier = 8,
        }, Token);

        var before = await device.WaitForCloseAsync(cancellationToken: Token);
        Assert.DoesNotContain(before, p => p is MqttPubAckPacket);
    }

    [Fact]
    public async Task TheLinkReceivesOnlyWhatItsIdentityMayReceiveAndNeverItsOwnPublishes()
    {
        await using var broker = await TestBroker.StartAsync(o =>
        {
            o.AuthorizeDelivery = (user, _, topic) => user == "hub" || !topic.EndsWith("/secret", StringComparison.Ordinal);
            o.AuthorizePublish = (user, _, topic) => user == "hub" || !topic.EndsWith("/set", StringComparison.Ordinal);
        });
        var hubSaw = new ConcurrentQueue<string>();
        var guestSaw = new ConcurrentQueue<string>();
        await using var hub = await broker.Broker.AttachLocalLinkAsync("hub", "hub", ["home/#"], m =>
        {
            hubSaw.Enqueue(m.Topic);
            return ValueTask.CompletedTask;
        }, Token);
        await using var guest = await broker.Broker.AttachLocalLinkAsync("guest", "guest", ["home/#"], m =>
        {
            guestSaw.Enqueue(m.Topic);
            return ValueTask.CompletedTask;
        }, Token);
        await using var device = await RawMqttClient.ConnectAsync(broker.EndPoint, "lamp", cancellationToken: Token);
        await device.SubscribeAsync("home/lamp/#", MqttQualityOfService.AtLeastOnce, Token);

        await device.PublishAsync("home/lamp/secret", "s", MqttQualityOfService.AtLeastOnce, cancellationToken: Token);
        Assert.True(await hub.PublishAsync(new MqttApplicationMessage { Topic = "home/lamp/set", Payload = "{}"u8.ToArray() }, Token));
        Assert.False(await guest.PublishAsync(new MqttApplicationMessage { Topic = "home/lamp/set", Payload = "forged"u8.ToArray() }, Token));

        var set = await device.ReceiveAsync<MqttPublishPacket>(Token);
        Assert.Equal("home/lamp/set", set.Topic);
        Assert.Equal("{}", Encoding.UTF8.GetString(set.Payload.Span));
        Assert.True(await device.ReceivesNothingAsync(TimeSpan.FromMilliseconds(200), Token));
        Assert.Equal(["home/lamp/secret"], hubSaw.ToArray());
        Assert.Equal(["home/lamp/set"], guestSaw.ToArray());
    }

    [Fact]
    public async Task AttachingHandsOverTheRetainedMessagesAndDetachingStopsDelivery()
    {
        await using var broker = await TestBroker.StartAsync();
        await using var device = await RawMqttClient.ConnectAsync(broker.EndPoint, "lamp", cancellationToken: Token);
        await device.PublishAsync("home/lamp/announce", "{\"model\":\"x\"}", MqttQualityOfService.AtLeastOnce, retain: true, Token);
        var received = new ConcurrentQueue<(string Topic, bool Retained)>();

        var link = await broker.Broker.AttachLocalLinkAsync("hub", null, ["home/+/#"], m =>
        {
            received.Enqueue((m.Topic, m.IsRetained));
            return ValueTask.CompletedTask;
        }, Token);
        await device.PublishAsync("home/lamp/properties", "{}", MqttQualityOfService.AtLeastOnce, cancellationToken: Token);
        await link.DisposeAsync();
        await device.PublishAsync("home/lamp/properties", "{}", MqttQualityOfService.AtLeastOnce, cancellationToken: Token);

        Assert.Equal([("home/lamp/announce", true), ("home/lamp/properties", false)], received.ToArray());
        Assert.False(link.IsAttached);
        await Assert.ThrowsAsync<ObjectDisposedException>(async () =>
            await link.PublishAsync(new MqttApplicationMessage { Topic = "home/lamp/set" }, Token));
    }

    [Fact]
    public async Task ASecondLinkWithTheSameIdentityOrAnInvalidFilterIsRefused()
    {
        await using var broker = await TestBroker.StartAsync();
        await using var link = await broker.Broker.AttachLocalLinkAsync("hub", null, ["home/#"], _ => ValueTask.CompletedTask, Token);

        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            broker.Broker.AttachLocalLinkAsync("hub", null, ["home/#"], _ => ValueTask.CompletedTask, Token));
        await Assert.ThrowsAsync<ArgumentException>(() =>
            broker.Broker.AttachLocalLinkAsync("other", null, ["home/#/x"], _ => ValueTask.CompletedTask, Token));
        await Assert.ThrowsAsync<ArgumentException>(() =>
            broker.Broker.AttachLocalLinkAsync("other", null, ["$share/g/home/#"], _ => ValueTask.CompletedTask, Token));
    }

    [Fact]
    public async Task AHandlerThatPublishesAtOnceReachesOnlyItsOwnTopicsSubscribers()
    {
        await using var broker = await TestBroker.StartAsync();
        MqttLocalLink? self = null;
        ValueTask Answer(MqttLocalMessage report)
        {
            // Without a store the answer is routed before PublishAsync returns: on this thread, inside the report's routing.
            var published = self!.PublishAsync(new MqttApplicationMessage { Topic = "out/answer", Payload = "answer"u8.ToArray() });
            return published.IsCompletedSuccessfully && published.Result
                ? ValueTask.CompletedTask
                : ValueTask.FromException(new InvalidOperationException("the answer was not routed at once"));
        }

        await using var link = await broker.Broker.AttachLocalLinkAsync("hub", null, ["in/#"], Answer, Token);
        self = link;
        await using var inbound = await RawMqttClient.ConnectAsync(broker.EndPoint, "in-listener", cancellationToken: Token);
        await inbound.SubscribeAsync("in/#", MqttQualityOfService.AtMostOnce, Token);
        await using var outbound = await RawMqttClient.ConnectAsync(broker.EndPoint, "out-listener", cancellationToken: Token);
        await outbound.SubscribeAsync("out/#", MqttQualityOfService.AtMostOnce, Token);
        await using var device = await RawMqttClient.ConnectAsync(broker.EndPoint, "device", cancellationToken: Token);

        await device.PublishAsync("in/report", "report", MqttQualityOfService.AtLeastOnce, cancellationToken: Token);

        Assert.Equal("report", BrokerDurationTests.Text(await inbound.ReceiveAsync<MqttPublishPacket>(Token)));
        Assert.Equal("answer", BrokerDurationTests.Text(await outbound.ReceiveAsync<MqttPublishPacket>(Token)));
        Assert.True(await inbound.ReceivesNothingAsync(TimeSpan.FromMilliseconds(200), Token), "the answer leaked to the report's subscribers");
        Assert.True(await outbound.ReceivesNothingAsync(TimeSpan.FromMilliseconds(100), Token));
    }
}
