using AiotHub.Mqtt.Protocol;

namespace AiotHub.Mqtt.Tests.Interop;

/// <summary>Our broker serving Eclipse's own command-line clients, mosquitto_pub and mosquitto_sub.</summary>
public sealed class MosquittoClientsInteropTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(MqttProtocolVersion.V311, 0)]
    [InlineData(MqttProtocolVersion.V311, 1)]
    [InlineData(MqttProtocolVersion.V311, 2)]
    [InlineData(MqttProtocolVersion.V500, 0)]
    [InlineData(MqttProtocolVersion.V500, 1)]
    [InlineData(MqttProtocolVersion.V500, 2)]
    public async Task EveryMessageReachesTheSubscriberOnceAtTheGrantedQos(MqttProtocolVersion version, int qos)
    {
        await using var broker = await InteropBroker.StartAsync(Ct);
        await using var subscriber = await MosquittoSubscriber.StartAsync(broker, version, ["qos/test"], qos, Ct, count: 5);
        string[] payloads = ["one", "two", "three", "four", "five"];

        await MosquittoPublisher.PublishLinesAsync(broker, version, "qos/test", payloads, qos, Ct);

        var received = await subscriber.WaitForExitAsync(Ct);
        Assert.Equal(payloads, received.Select(m => m.Payload));
        Assert.All(received, m => Assert.Equal(("qos/test", qos, false), (m.Topic, m.Qos, m.Retain)));
    }

    [Theory]
    [InlineData(MqttProtocolVersion.V311)]
    [InlineData(MqttProtocolVersion.V500)]
    public async Task RetainedMessageReachesALaterSubscriberUntilAnEmptyRetainedPublishClearsIt(MqttProtocolVersion version)
    {
        await using var broker = await InteropBroker.StartAsync(Ct);
        await MosquittoPublisher.PublishAsync(broker, version, "home/hall/light", "on", 1, Ct, ["-r"]);

        await using (var late = await MosquittoSubscriber.StartAsync(broker, version, ["home/hall/light"], 1, Ct, count: 1))
        {
            var retained = Assert.Single(await late.WaitForExitAsync(Ct));
            Assert.Equal(("home/hall/light", "on", true), (retained.Topic, retained.Payload, retained.Retain));
        }

        await MosquittoPublisher.PublishAsync(broker, version, "home/hall/light", null, 1, Ct, ["-r"]);

        // After the SUBACK a live message follows; had the retained one survived it would come first.
        await using var after = await MosquittoSubscriber.StartAsync(broker, version, ["home/hall/light"], 1, Ct, count: 1);
        await MosquittoPublisher.PublishAsync(broker, version, "home/hall/light", "live", 1, Ct);
        var first = Assert.Single(await after.WaitForExitAsync(Ct));
        Assert.Equal(("live", false), (first.Payload, first.Retain));
    }

    [Theory]
    [InlineData(MqttProtocolVersion.V311)]
    [InlineData(MqttProtocolVersion.V500)]
    public async Task WillIsPublishedWhenAClientVanishesWithoutDisconnecting(MqttProtocolVersion version)
    {
        await using var broker = await InteropBroker.StartAsync(Ct);
        await using var watcher = await MosquittoSubscriber.StartAsync(broker, version, ["devices/+/status"], 1, Ct, count: 1);
        await using var device = await MosquittoSubscriber.StartAsync(
            broker, version, ["devices/plug-1/set"], 1, Ct,
            extraArguments: ["-i", "plug-1", "--will-topic", "devices/plug-1/status", "--will-payload", "offline", "--will-qos", "1"]);

        device.Process.Kill();

        var will = Assert.Single(await watcher.WaitForExitAsync(Ct));
        Assert.Equal(("devices/plug-1/status", "offline"), (will.Topic, will.Payload));
    }

    [Theory]
    [InlineData(MqttProtocolVersion.V311)]
    [InlineData(MqttProtocolVersion.V500)]
    public async Task PersistentSessionReceivesWhatWasPublishedWhileItWasAway(MqttProtocolVersion version)
    {
        await using var broker = await InteropBroker.StartAsync(Ct);
        // -c keeps the session; MQTT 5.0 also needs a session expiry interval (-x) for it to outlive the connection.
        string[] session = version == MqttProtocolVersion.V500 ? ["-c", "-i", "thermostat", "-x", "300"] : ["-c", "-i", "thermostat"];

        // -E: subscribe, then DISCONNECT cleanly.
        await using (var first = await MosquittoSubscriber.StartAsync(broker, version, ["rooms/+/setpoint"], 1, Ct, extraArguments: [.. session, "-E"], waitForSubscription: false))
        {
            Assert.Empty(await first.WaitForExitAsync(Ct));
        }

        await MosquittoPublisher.PublishAsync(broker, version, "rooms/kitchen/setpoint", "21.5", 1, Ct);
        await MosquittoPublisher.PublishAsync(broker, version, "rooms/bedroom/setpoint", "18", 1, Ct);
        await MosquittoPublisher.PublishAsync(broker, version, "rooms/hall/setpoint", "ignored at qos 0", 0, Ct);

        await using var back = await MosquittoSubscriber.StartAsync(broker, version, ["rooms/+/setpoint"], 1, Ct, count: 2, extraArguments: session, waitForSubscription: false);
        var received = await back.WaitForExitAsync(Ct);
        Assert.Equal(
            [("rooms/kitchen/setpoint", "21.5", 1), ("rooms/bedroom/setpoint", "18", 1)],
            received.Select(m => (m.Topic, m.Payload, m.Qos)));
    }

    [Fact]
    public async Task SharedSubscriptionDeliversEachMessageToExactlyOneMemberOfTheGroup()
    {
        await using var broker = await InteropBroker.StartAsync(Ct);
        await using var a = await MosquittoSubscriber.StartAsync(broker, MqttProtocolVersion.V500, ["$share/workers/jobs/#"], 1, Ct);
        await using var b = await MosquittoSubscriber.StartAsync(broker, MqttProtocolVersion.V500, ["$share/workers/jobs/#"], 1, Ct);
        var jobs = Enumerable.Range(1, 10).Select(i => $"job-{i}").ToArray();

        await MosquittoPublisher.PublishLinesAsync(broker, MqttProtocolVersion.V500, "jobs/render", jobs, 1, Ct);

        // Wait until every job has arrived somewhere, then give a duplicate time to show up.
        var deadline = DateTime.UtcNow + MosquittoSubscriber.Timeout;
        while (a.Messages.Count + b.Messages.Count < jobs.Length && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50, Ct);
        }

        await Task.Delay(500, Ct);
        var all = a.Messages.Concat(b.Messages).Select(m => m.Payload).Order(StringComparer.Ordinal);
        Assert.True(
            jobs.Order(StringComparer.Ordinal).SequenceEqual(all),
            $"Each job once across the group.{Environment.NewLine}{a.Describe()}{Environment.NewLine}{b.Describe()}");
    }

    [Fact]
    public async Task UserPropertiesAndContentTypeReachAnMqtt5Subscriber()
    {
        await using var broker = await InteropBroker.StartAsync(Ct);
        await using var subscriber = await MosquittoSubscriber.StartAsync(broker, MqttProtocolVersion.V500, ["sensors/#"], 1, Ct, count: 1);

        await MosquittoPublisher.PublishAsync(
            broker, MqttProtocolVersion.V500, "sensors/temp", "{\"c\":21.5}", 1, Ct,
            ["-D", "publish", "user-property", "unit", "celsius", "-D", "publish", "content-type", "application/json"]);

        var message = Assert.Single(await subscriber.WaitForExitAsync(Ct));
        Assert.Equal(("unit:celsius", "application/json", "{\"c\":21.5}"), (message.UserProperties, message.ContentType, message.Payload));
    }
}
