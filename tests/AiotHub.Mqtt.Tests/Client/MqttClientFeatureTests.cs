using AiotHub.Mqtt.Client;
using AiotHub.Mqtt.Packets;
using AiotHub.Mqtt.Protocol;
using AiotHub.Mqtt.Tests.Infrastructure;

namespace AiotHub.Mqtt.Tests.Client;

public sealed class MqttClientFeatureTests
{
    [Theory]
    [InlineData(MqttProtocolVersion.V311)]
    [InlineData(MqttProtocolVersion.V500)]
    public async Task RetainedMessageIsDeliveredToALaterSubscriberWithTheRetainFlag(MqttProtocolVersion version)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var broker = await MosquittoBroker.StartAsync(cancellationToken: ct);
        var topic = ClientFactory.UniqueTopic("retained");
        await using (var publisher = await ClientFactory.ConnectAsync(broker.Port, version))
        {
            await publisher.PublishAsync(ClientFactory.Message(topic, "last known", MqttQualityOfService.AtLeastOnce, retain: true), ct);
        }

        await using var subscriber = await ClientFactory.ConnectAsync(broker.Port, version);
        var received = new ReceivedMessages(subscriber);
        await subscriber.SubscribeAsync(topic, MqttQualityOfService.AtLeastOnce, ct);

        var message = Assert.Single(await received.WaitForTopicAsync(topic));
        Assert.Equal("last known", message.Text());
        Assert.True(message.Retain);
    }

    [Fact]
    public async Task V500SubscriptionIdentifiersAndUserPropertiesRoundTrip()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var broker = await MosquittoBroker.StartAsync(cancellationToken: ct);
        var topic = ClientFactory.UniqueTopic("props");
        await using var client = await ClientFactory.ConnectAsync(broker.Port, MqttProtocolVersion.V500);
        var received = new ReceivedMessages(client);
        await client.SubscribeAsync([new MqttTopicFilter { Topic = topic + "/+", QualityOfService = MqttQualityOfService.AtLeastOnce }], 7, null, ct);
        await client.SubscribeAsync([new MqttTopicFilter { Topic = topic + "/#", QualityOfService = MqttQualityOfService.AtLeastOnce }], 42,
            [new MqttUserProperty("purpose", "test")], ct);

        var message = ClientFactory.Message(topic + "/x", "with properties", MqttQualityOfService.AtLeastOnce);
        message.UserProperties = [new("room", "kitchen"), new("room", "hall"), new("unit", "°C")];
        message.ContentType = "text/plain";
        message.ResponseTopic = topic + "/reply";
        message.CorrelationData = [1, 2, 3];
        message.PayloadFormatIndicator = 1;
        message.MessageExpiryInterval = 600;
        await client.PublishAsync(message, ct);

        // mosquitto sends one copy carrying both identifiers (§3.3.4), or one per subscription.
        var copies = await received.WaitForTopicAsync(topic + "/x");
        await Task.Delay(200, ct);
        copies = received.Snapshot().Where(m => m.Topic == topic + "/x").ToList();
        Assert.Equal([7u, 42u], copies.SelectMany(m => m.SubscriptionIdentifiers ?? []).Order());
        var copy = copies[0];
        Assert.Equal([new("room", "kitchen"), new("room", "hall"), new("unit", "°C")], copy.UserProperties!);
        Assert.Equal("text/plain", copy.ContentType);
        Assert.Equal(topic + "/reply", copy.ResponseTopic);
        Assert.Equal([1, 2, 3], copy.CorrelationData!);
        Assert.Equal((byte)1, copy.PayloadFormatIndicator);
        Assert.NotNull(copy.MessageExpiryInterval);
    }

    [Fact]
    public async Task V500PublishResultCarriesThePubAckReasonCode()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var broker = await MosquittoBroker.StartAsync(cancellationToken: ct);
        await using var client = await ClientFactory.ConnectAsync(broker.Port, MqttProtocolVersion.V500);

        var qos1 = await client.PublishAsync(ClientFactory.Message(ClientFactory.UniqueTopic("nobody"), "x", MqttQualityOfService.AtLeastOnce), ct);
        var qos2 = await client.PublishAsync(ClientFactory.Message(ClientFactory.UniqueTopic("nobody"), "x", MqttQualityOfService.ExactlyOnce), ct);

        // §3.4.2.1: 0x10 No matching subscribers is a success code. mosquitto routes a QoS 2
        // message only at PUBREL, so its PUBREC says Success.
        Assert.Equal(MqttReasonCode.NoMatchingSubscribers, qos1.ReasonCode);
        Assert.True(qos1.IsSuccess);
        Assert.True(qos2.IsSuccess);
    }

    [Fact]
    public async Task V500ManyConcurrentPublishesStayWithinTheServersReceiveMaximumAndAllArrive()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var broker = await MosquittoBroker.StartAsync(new() { MaxInflightMessages = 2 }, ct);
        var topic = ClientFactory.UniqueTopic("window");
        await using var client = new MqttClient(ClientFactory.Options(broker.Port, MqttProtocolVersion.V500));
        Assert.Equal(2, (await client.ConnectAsync(ct)).ReceiveMaximum);
        var states = new StateRecorder(client);
        var received = new ReceivedMessages(client);
        await client.SubscribeAsync(topic, MqttQualityOfService.ExactlyOnce, ct);

        // With 3.1.1 mosquitto would drop QoS 1 messages beyond its quota (PUBACK 0x97 it cannot
        // even send); in 5.0 the client waits for room in the window (§4.9) and nothing is lost.
        var publishes = Enumerable.Range(0, 50)
            .Select(i => client.PublishAsync(ClientFactory.Message(topic, $"{i}", (MqttQualityOfService)(1 + (i % 2))), ct))
            .ToList();
        var results = await Task.WhenAll(publishes).WaitAsync(TimeSpan.FromSeconds(30), ct);

        Assert.All(results, r => Assert.True(r.IsSuccess, r.ReasonCode.ToString()));
        var messages = await received.WaitForTopicAsync(topic, 50);
        Assert.Equal(Enumerable.Range(0, 50).Select(i => $"{i}"), messages.Select(m => m.Text()).Order(Comparer<string>.Create(
            (a, b) => int.Parse(a, System.Globalization.CultureInfo.InvariantCulture).CompareTo(int.Parse(b, System.Globalization.CultureInfo.InvariantCulture)))));
        // Ordering holds per QoS (§4.6).
        foreach (var qos in new[] { MqttQualityOfService.AtLeastOnce, MqttQualityOfService.ExactlyOnce })
        {
            var sequence = messages.Where(m => m.QualityOfService == qos).Select(m => int.Parse(m.Text(), System.Globalization.CultureInfo.InvariantCulture)).ToList();
            Assert.Equal(sequence.Order(), sequence);
        }

        Assert.Empty(states.Snapshot());
    }

    [Fact]
    public async Task V500MessageLargerThanTheServersMaximumPacketSizeIsRefusedWithoutDisconnecting()
    {
        var ct = TestContext.Current.CancellationToken;
        var options = new MosquittoBrokerOptions();
        options.ExtraConfigLines.Add("max_packet_size 1000");
        await using var broker = await MosquittoBroker.StartAsync(options, ct);
        await using var client = await ClientFactory.ConnectAsync(broker.Port, MqttProtocolVersion.V500);
        var topic = ClientFactory.UniqueTopic("big");

        var error = await Assert.ThrowsAsync<MqttProtocolException>(
            () => client.PublishAsync(ClientFactory.Message(topic, new string('x', 2000), MqttQualityOfService.AtLeastOnce), ct));

        Assert.Equal(MqttReasonCode.PacketTooLarge, error.ReasonCode);
        Assert.True(client.IsConnected);
        Assert.True((await client.PublishAsync(ClientFactory.Message(topic, "small", MqttQualityOfService.AtLeastOnce), ct)).IsSuccess);
    }

    [Fact]
    public async Task V500PublishAboveTheServersMaximumQoSIsSentAtTheMaximum()
    {
        var ct = TestContext.Current.CancellationToken;
        var options = new MosquittoBrokerOptions();
        options.ExtraConfigLines.Add("max_qos 1");
        await using var broker = await MosquittoBroker.StartAsync(options, ct);
        var topic = ClientFactory.UniqueTopic("maxqos");
        await using var client = new MqttClient(ClientFactory.Options(broker.Port, MqttProtocolVersion.V500));
        Assert.Equal(MqttQualityOfService.AtLeastOnce, (await client.ConnectAsync(ct)).MaximumQoS);
        var received = new ReceivedMessages(client);
        await client.SubscribeAsync(topic, MqttQualityOfService.AtLeastOnce, ct);

        var result = await client.PublishAsync(ClientFactory.Message(topic, "downgraded", MqttQualityOfService.ExactlyOnce), ct);

        // §3.2.2.3.4: the client must not exceed it; sending QoS 2 would get us disconnected (0x9B).
        Assert.Equal(MqttQualityOfService.AtLeastOnce, result.QualityOfService);
        Assert.True(result.IsSuccess);
        Assert.Equal("downgraded", Assert.Single(await received.WaitForTopicAsync(topic)).Text());
        Assert.True(client.IsConnected);
    }

    [Theory]
    [InlineData(MqttProtocolVersion.V311)]
    [InlineData(MqttProtocolVersion.V500)]
    public async Task UnsubscribedTopicIsNoLongerDelivered(MqttProtocolVersion version)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var broker = await MosquittoBroker.StartAsync(cancellationToken: ct);
        var topic = ClientFactory.UniqueTopic("unsub");
        await using var client = await ClientFactory.ConnectAsync(broker.Port, version);
        var received = new ReceivedMessages(client);
        await client.SubscribeAsync(topic + "/#", MqttQualityOfService.AtLeastOnce, ct);
        await client.SubscribeAsync(topic + "/marker", MqttQualityOfService.AtLeastOnce, ct);

        var result = await client.UnsubscribeAsync(topic + "/#", ct);
        await client.PublishAsync(ClientFactory.Message(topic + "/a", "dropped", MqttQualityOfService.AtLeastOnce), ct);
        await client.PublishAsync(ClientFactory.Message(topic + "/marker", "marker", MqttQualityOfService.AtLeastOnce), ct);

        Assert.Equal([MqttReasonCode.Success], result.ReasonCodes);
        await received.WaitForTopicAsync(topic + "/marker");
        Assert.DoesNotContain(received.Snapshot(), m => m.Topic == topic + "/a");
    }

    [Fact]
    public async Task HandlerMayAwaitItsOwnQoS1PublishWithoutDeadlocking()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var broker = await MosquittoBroker.StartAsync(cancellationToken: ct);
        var topic = ClientFactory.UniqueTopic("echo");
        await using var client = await ClientFactory.ConnectAsync(broker.Port, MqttProtocolVersion.V500);
        var replies = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        client.MessageReceived = async message =>
        {
            if (message.Topic == topic + "/request")
            {
                await client.PublishAsync(ClientFactory.Message(topic + "/reply", "re: " + message.Text(), MqttQualityOfService.AtLeastOnce), ct);
            }
            else
            {
                replies.TrySetResult(message.Text());
            }
        };
        await client.SubscribeAsync(topic + "/#", MqttQualityOfService.AtLeastOnce, ct);

        await client.PublishAsync(ClientFactory.Message(topic + "/request", "ping", MqttQualityOfService.AtLeastOnce), ct);

        Assert.Equal("re: ping", await replies.Task.WaitAsync(ReceivedMessages.Timeout, ct));
    }

    [Fact]
    public async Task V500RepeatedTopicsUseServerTopicAliasesTransparently()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var broker = await MosquittoBroker.StartAsync(cancellationToken: ct);
        var topic = ClientFactory.UniqueTopic("alias");
        await using var client = new MqttClient(ClientFactory.Options(broker.Port, MqttProtocolVersion.V500));
        Assert.True((await client.ConnectAsync(ct)).TopicAliasMaximum > 0);
        var received = new ReceivedMessages(client);
        await client.SubscribeAsync(topic + "/#", MqttQualityOfService.AtLeastOnce, ct);

        for (var i = 0; i < 30; i++)
        {
            await client.PublishAsync(ClientFactory.Message($"{topic}/{i % 15}", $"{i}", MqttQualityOfService.AtLeastOnce), ct);
        }

        var messages = await received.WaitForAsync(30, m => m.Topic.StartsWith(topic, StringComparison.Ordinal));
        Assert.Equal(Enumerable.Range(0, 30).Select(i => $"{topic}/{i % 15}={i}"), messages.Select(m => $"{m.Topic}={m.Text()}"));
    }
}
