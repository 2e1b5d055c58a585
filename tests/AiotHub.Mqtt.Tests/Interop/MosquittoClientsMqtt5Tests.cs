using AiotHub.Mqtt.Protocol;

namespace AiotHub.Mqtt.Tests.Interop;

/// <summary>MQTT 5.0 negotiation as libmosquitto asks for it (-D connect/subscribe properties).</summary>
public sealed class MosquittoClientsMqtt5Tests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AReceiveMaximumOfOneStillGetsEveryMessageInOrder()
    {
        await using var broker = await InteropBroker.StartAsync(Ct);
        await using var subscriber = await MosquittoSubscriber.StartAsync(broker, MqttProtocolVersion.V500, ["flow/#"], 2, Ct, count: 30,
            extraArguments: ["-D", "connect", "receive-maximum", "1"]);
        string[] payloads = [.. Enumerable.Range(1, 30).Select(i => $"n{i}")];

        await MosquittoPublisher.PublishLinesAsync(broker, MqttProtocolVersion.V500, "flow/x", payloads, 2, Ct);

        Assert.Equal(payloads, (await subscriber.WaitForExitAsync(Ct)).Select(m => m.Payload));
    }

    [Fact]
    public async Task AMessageLargerThanTheClientsMaximumPacketSizeIsNotSentToIt()
    {
        InteropBroker.SkipWithReference("it holds the QoS 1 messages queued behind the oversized one.");
        await using var broker = await InteropBroker.StartAsync(Ct);
        await using var subscriber = await MosquittoSubscriber.StartAsync(broker, MqttProtocolVersion.V500, ["size/#"], 1, Ct, count: 1,
            extraArguments: ["-D", "connect", "maximum-packet-size", "200"]);

        // §3.1.2.11.4: the server must not send a packet above the client's maximum; it discards it.
        await MosquittoPublisher.PublishAsync(broker, MqttProtocolVersion.V500, "size/big", new string('x', 500), 1, Ct);
        await MosquittoPublisher.PublishAsync(broker, MqttProtocolVersion.V500, "size/small", "fits", 1, Ct);

        var message = Assert.Single(await subscriber.WaitForExitAsync(Ct));
        Assert.Equal(("size/small", "fits"), (message.Topic, message.Payload));
    }

    // No test of aliases from the broker to mosquitto_sub: libmosquitto 2.0.11 announces a Topic
    // Alias Maximum when told to (-D connect topic-alias-maximum 2) but then rejects the first
    // PUBLISH that uses an alias with an empty topic (exit code 2, protocol error), although that is
    // what §3.3.2.3.4 prescribes and what our broker sends (checked byte by byte).

    [Fact]
    public async Task APublisherUsingATopicAliasIsUnderstood()
    {
        await using var broker = await InteropBroker.StartAsync(Ct);
        await using var subscriber = await MosquittoSubscriber.StartAsync(broker, MqttProtocolVersion.V500, ["aliased/#"], 1, Ct, count: 3);

        await MosquittoPublisher.PublishLinesAsync(broker, MqttProtocolVersion.V500, "aliased/topic", ["1", "2", "3"], 1, Ct,
            ["-D", "publish", "topic-alias", "1"]);

        var received = await subscriber.WaitForExitAsync(Ct);
        Assert.Equal(["1", "2", "3"], received.Select(m => m.Payload));
        Assert.All(received, m => Assert.Equal("aliased/topic", m.Topic));
    }

    [Fact]
    public async Task TheSubscriptionIdentifierComesBackWithEachMessage()
    {
        await using var broker = await InteropBroker.StartAsync(Ct);
        await using var subscriber = await MosquittoSubscriber.StartAsync(broker, MqttProtocolVersion.V500, ["ids/#"], 1, Ct, count: 1,
            extraArguments: ["-D", "subscribe", "subscription-identifier", "7"]);

        await MosquittoPublisher.PublishAsync(broker, MqttProtocolVersion.V500, "ids/x", "hello", 1, Ct);

        Assert.Equal("7", Assert.Single(await subscriber.WaitForExitAsync(Ct)).SubscriptionIdentifiers);
    }

    [Fact]
    public async Task ASecondConnectionWithTheSameClientIdTakesTheSessionOver()
    {
        InteropBroker.SkipWithReference("it closes the old connection without DISCONNECT 0x8E.");
        await using var broker = await InteropBroker.StartAsync(Ct);
        await using var first = await MosquittoSubscriber.StartAsync(broker, MqttProtocolVersion.V500, ["takeover/#"], 1, Ct, extraArguments: ["-i", "lamp"]);
        await using var second = await MosquittoSubscriber.StartAsync(broker, MqttProtocolVersion.V500, ["takeover/#"], 1, Ct, extraArguments: ["-i", "lamp"]);

        // MQTT 5.0 §3.1.4: the existing connection is closed, with DISCONNECT 0x8E Session taken over.
        await first.Process.WaitForLineAsync(l => l.Contains("DISCONNECT (142)", StringComparison.Ordinal), MosquittoSubscriber.Timeout, Ct);
    }
}
