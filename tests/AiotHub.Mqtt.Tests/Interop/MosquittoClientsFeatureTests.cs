using AiotHub.Mqtt.Protocol;

namespace AiotHub.Mqtt.Tests.Interop;

/// <summary>Finer points of the protocol, as mosquitto_pub and mosquitto_sub exercise them against our broker.</summary>
public sealed class MosquittoClientsFeatureTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Mqtt5PublishPropertiesReachTheSubscriberUnchanged()
    {
        await using var broker = await InteropBroker.StartAsync(Ct);
        await using var subscriber = await MosquittoSubscriber.StartAsync(broker, MqttProtocolVersion.V500, ["rpc/#"], 1, Ct, count: 1);

        await MosquittoPublisher.PublishAsync(broker, MqttProtocolVersion.V500, "rpc/lamp/set", "on", 1, Ct,
        [
            "-D", "publish", "response-topic", "rpc/lamp/reply",
            "-D", "publish", "correlation-data", "req-42",
            "-D", "publish", "message-expiry-interval", "3600",
            "-D", "publish", "payload-format-indicator", "1",
            "-D", "publish", "user-property", "source", "app",
            "-D", "publish", "user-property", "source", "voice",
        ]);

        var message = Assert.Single(await subscriber.WaitForExitAsync(Ct));
        Assert.Equal(("rpc/lamp/reply", "req-42", "1"), (message.ResponseTopic, message.CorrelationData, message.PayloadFormatIndicator));
        Assert.InRange(message.MessageExpiryInterval ?? -1, 3500, 3600);
        // §3.3.2.3.7: user properties are forwarded unaltered, in order, duplicates kept.
        Assert.Equal("source:app source:voice", message.UserProperties);
    }

    [Theory]
    [InlineData(MqttProtocolVersion.V311, 2, 1, 1)]
    [InlineData(MqttProtocolVersion.V311, 1, 0, 0)]
    [InlineData(MqttProtocolVersion.V311, 0, 2, 0)]
    [InlineData(MqttProtocolVersion.V500, 2, 1, 1)]
    [InlineData(MqttProtocolVersion.V500, 0, 2, 0)]
    public async Task DeliveryUsesTheLowerOfThePublishedAndTheSubscribedQos(MqttProtocolVersion version, int publishQos, int subscribeQos, int deliveredQos)
    {
        await using var broker = await InteropBroker.StartAsync(Ct);
        await using var subscriber = await MosquittoSubscriber.StartAsync(broker, version, ["meter/power"], subscribeQos, Ct, count: 1);

        await MosquittoPublisher.PublishAsync(broker, version, "meter/power", "230", publishQos, Ct);

        var message = Assert.Single(await subscriber.WaitForExitAsync(Ct));
        Assert.Equal(deliveredQos, message.Qos);
    }

    [Theory]
    [InlineData(MqttProtocolVersion.V311)]
    [InlineData(MqttProtocolVersion.V500)]
    public async Task AWildcardSubscriptionReceivesEveryMatchingRetainedMessage(MqttProtocolVersion version)
    {
        await using var broker = await InteropBroker.StartAsync(Ct);
        foreach (var room in new[] { "hall", "kitchen", "attic" })
        {
            await MosquittoPublisher.PublishAsync(broker, version, $"home/{room}/light", room == "attic" ? "off" : "on", 1, Ct, ["-r"]);
        }

        await MosquittoPublisher.PublishAsync(broker, version, "home/hall/temp", "21", 1, Ct, ["-r"]);

        await using var subscriber = await MosquittoSubscriber.StartAsync(broker, version, ["home/+/light"], 1, Ct, count: 3);
        var received = await subscriber.WaitForExitAsync(Ct);

        Assert.Equal(
            ["home/attic/light off", "home/hall/light on", "home/kitchen/light on"],
            received.Select(m => $"{m.Topic} {m.Payload}").Order(StringComparer.Ordinal));
        Assert.All(received, m => Assert.True(m.Retain));
    }

    [Theory]
    [InlineData(MqttProtocolVersion.V311)]
    [InlineData(MqttProtocolVersion.V500)]
    public async Task AHalfMegabytePayloadArrivesWhole(MqttProtocolVersion version)
    {
        await using var broker = await InteropBroker.StartAsync(Ct);
        await using var subscriber = await MosquittoSubscriber.StartAsync(broker, version, ["firmware/image"], 1, Ct, count: 1);
        var file = Path.GetTempFileName();
        try
        {
            var payload = string.Concat(Enumerable.Repeat("0123456789abcdef", 512 * 1024 / 16));
            await File.WriteAllTextAsync(file, payload, Ct);

            await MosquittoPublisher.PublishFileAsync(broker, version, "firmware/image", file, 1, Ct);

            var message = Assert.Single(await subscriber.WaitForExitAsync(Ct));
            Assert.Equal(512 * 1024, message.Length);
            Assert.Equal(payload, message.Payload);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
