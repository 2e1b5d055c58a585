using System.Diagnostics;
using MQTTnet;
using MQTTnet.Protocol;
using MqttProtocolVersion = AiotHub.Mqtt.Protocol.MqttProtocolVersion;

namespace AiotHub.Mqtt.Tests.Interop.MqttNet;

/// <summary>
/// MQTT 5.0 features as MQTTnet 5.2 uses them — subscription options, topic aliases, subscription identifiers,
/// message expiry, the will delay — through our broker and through mosquitto in the same run.
/// </summary>
public sealed class MqttNetMqtt5FeatureTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(InteropBrokerKind.AiotHub)]
    [InlineData(InteropBrokerKind.Mosquitto)]
    public async Task NoLocalKeepsAClientsOwnMessagesFromIt(InteropBrokerKind kind)
    {
        await using var broker = await InteropBroker.StartAsync(kind, Ct);
        await using var lamp = await MqttNetPeer.ConnectAsync(broker, MqttProtocolVersion.V500, "mqttnet-lamp", Ct);
        await lamp.SubscribeAsync("mqttnet/lamp/#", 1, Ct, configure: f => f.WithNoLocal());
        await using var app = await MqttNetPeer.ConnectAsync(broker, MqttProtocolVersion.V500, "mqttnet-app", Ct);

        // §3.8.3.1: with No Local, the server does not send a client what that client published itself.
        await lamp.PublishAsync("mqttnet/lamp/state", "mine", 1, Ct);
        await app.PublishAsync("mqttnet/lamp/set", "theirs", 1, Ct);

        var received = await lamp.WaitForMessagesAsync(1, Ct);
        Assert.Equal(["theirs"], received.Select(m => m.Payload));
    }

    [Theory]
    [InlineData(InteropBrokerKind.AiotHub)]
    [InlineData(InteropBrokerKind.Mosquitto)]
    public async Task RetainAsPublishedAndRetainHandlingShapeWhatASubscriptionGets(InteropBrokerKind kind)
    {
        await using var broker = await InteropBroker.StartAsync(kind, Ct);
        await using var device = await MqttNetPeer.ConnectAsync(broker, MqttProtocolVersion.V500, "mqttnet-device", Ct);
        await device.PublishAsync("mqttnet/state/door", "closed", 1, Ct, retain: true);
        await using var watcher = await MqttNetPeer.ConnectAsync(broker, MqttProtocolVersion.V500, "mqttnet-watcher", Ct);

        // §3.3.1.3: Retain Handling 2 sends no retained message on subscribing; Retain As Published keeps the
        // RETAIN flag of a live message (without it the server clears it on an established subscription).
        await watcher.SubscribeAsync("mqttnet/state/#", 1, Ct, configure: f => f.WithRetainHandling(MqttRetainHandling.DoNotSendOnSubscribe).WithRetainAsPublished());
        // Retain Handling 1: retained messages only for a new subscription, so a repeat SUBSCRIBE sends none.
        await watcher.SubscribeAsync("mqttnet/state/door", 1, Ct, configure: f => f.WithRetainHandling(MqttRetainHandling.SendAtSubscribeIfNewSubscriptionOnly));
        await watcher.SubscribeAsync("mqttnet/state/door", 1, Ct, configure: f => f.WithRetainHandling(MqttRetainHandling.SendAtSubscribeIfNewSubscriptionOnly));
        await device.PublishAsync("mqttnet/state/window", "open", 1, Ct, retain: true);

        // The one retained "closed" from the second SUBSCRIBE, then "open" once: with RETAIN 1 (Retain As
        // Published) on the first filter, which matches alone; the door filter does not match a window.
        var received = await watcher.WaitForMessagesAsync(2, Ct);
        Assert.Equal([("mqttnet/state/door", "closed", true), ("mqttnet/state/window", "open", true)], received.Select(m => (m.Topic, m.Payload, m.Retain)));
    }

    [Theory]
    [InlineData(InteropBrokerKind.AiotHub)]
    [InlineData(InteropBrokerKind.Mosquitto)]
    public async Task APublishersTopicAliasIsResolvedForEverySubscriber(InteropBrokerKind kind)
    {
        await using var broker = await InteropBroker.StartAsync(kind, Ct);
        await using var subscriber = await MqttNetPeer.ConnectAsync(broker, MqttProtocolVersion.V500, "mqttnet-subscriber", Ct);
        await subscriber.SubscribeAsync("mqttnet/alias/#", 1, Ct, subscriptionIdentifier: 42);
        await using var legacy = await MosquittoSubscriber.StartAsync(broker, MqttProtocolVersion.V311, ["mqttnet/alias/#"], 1, Ct, count: 2);
        await using var meter = await MqttNetPeer.ConnectAsync(broker, MqttProtocolVersion.V500, "mqttnet-meter", Ct);

        // §3.3.2.3.4: the first PUBLISH sets alias 1 for the topic, the second carries only the alias.
        await meter.PublishAsync("mqttnet/alias/power", "1 W", 1, Ct, configure: m => m.WithTopicAlias(1));
        await meter.PublishAsync(string.Empty, "2 W", 1, Ct, configure: m => m.WithTopicAlias(1));

        var received = await subscriber.WaitForMessagesAsync(2, Ct);
        Assert.Equal([("mqttnet/alias/power", "1 W"), ("mqttnet/alias/power", "2 W")], received.Select(m => (m.Topic, m.Payload)));
        // §3.3.2.3.8: each message carries the identifier of the subscription it matched.
        Assert.All(received, m => Assert.Equal([42u], m.SubscriptionIdentifiers));
        Assert.Equal([("mqttnet/alias/power", "1 W"), ("mqttnet/alias/power", "2 W")], (await legacy.WaitForExitAsync(Ct)).Select(m => (m.Topic, m.Payload)));
    }

    [Theory]
    [InlineData(InteropBrokerKind.AiotHub)]
    [InlineData(InteropBrokerKind.Mosquitto)]
    public async Task AQueuedMessageArrivesWithWhatIsLeftOfItsExpiryAndAnExpiredOneNever(InteropBrokerKind kind)
    {
        await using var broker = await InteropBroker.StartAsync(kind, Ct);
        await using (var logger = await MqttNetPeer.ConnectAsync(broker, MqttProtocolVersion.V500, "mqttnet-logger", Ct, Persistent))
        {
            await logger.SubscribeAsync("mqttnet/expiry/#", 1, Ct);
        }

        await using (var meter = await MqttNetPeer.ConnectAsync(broker, MqttProtocolVersion.V500, "mqttnet-meter", Ct))
        {
            await meter.PublishAsync("mqttnet/expiry/short", "stale", 1, Ct, configure: m => m.WithMessageExpiryInterval(1));
            await meter.PublishAsync("mqttnet/expiry/long", "fresh", 1, Ct, configure: m => m.WithMessageExpiryInterval(3600));
        }

        // Wait until the short one has certainly expired: this wait is the scenario (time passing), not a guess.
        await Task.Delay(TimeSpan.FromSeconds(2.2), Ct);
        await using var back = await MqttNetPeer.ConnectAsync(broker, MqttProtocolVersion.V500, "mqttnet-logger", Ct, Persistent);
        await using (var meter = await MqttNetPeer.ConnectAsync(broker, MqttProtocolVersion.V500, "mqttnet-meter", Ct))
        {
            await meter.PublishAsync("mqttnet/expiry/end", "end", 1, Ct);
        }

        // §3.3.2.3.3: an expired message is not delivered; a live one carries its interval minus the time it waited.
        var received = await back.WaitForMessagesAsync(2, Ct);
        Assert.Equal(["fresh", "end"], received.Select(m => m.Payload));
        Assert.InRange(received[0].MessageExpiryInterval, 3590u, 3598u);
    }

    [Theory]
    [InlineData(InteropBrokerKind.AiotHub)]
    [InlineData(InteropBrokerKind.Mosquitto)]
    public async Task AWillDelayHoldsTheWillBackAndAReconnectWithinItCancelsIt(InteropBrokerKind kind)
    {
        await using var broker = await InteropBroker.StartAsync(kind, Ct);
        await using var watcher = await MqttNetPeer.ConnectAsync(broker, MqttProtocolVersion.V500, "mqttnet-watcher", Ct);
        await watcher.SubscribeAsync("mqttnet/devices/+/status", 1, Ct);

        // The switch drops off and is back at once: its 2 s will delay has not run out, so no will (§3.1.3.2.2).
        await using (var flaky = await MqttNetPeer.ConnectAsync(broker, MqttProtocolVersion.V500, "mqttnet-switch", Ct, DelayedWill("switch", 2)))
        {
            flaky.Vanish();
            await flaky.WaitForDisconnectAsync(Ct);
        }

        await using var back = await MqttNetPeer.ConnectAsync(broker, MqttProtocolVersion.V500, "mqttnet-switch", Ct, DelayedWill("switch", 2));
        Assert.True(back.ConnectResult!.IsSessionPresent, back.Describe());

        // The plug goes for good: its will comes after its 3 s delay, so after the switch's would have come.
        var clock = Stopwatch.StartNew();
        await using var plug = await MqttNetPeer.ConnectAsync(broker, MqttProtocolVersion.V500, "mqttnet-plug", Ct, DelayedWill("plug", 3));
        plug.Vanish();

        var will = Assert.Single(await watcher.WaitForMessagesAsync(1, Ct));
        Assert.Equal(("mqttnet/devices/plug/status", "offline"), (will.Topic, will.Payload));
        Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(2.9), $"The will came {clock.Elapsed.TotalSeconds:0.0} s after the plug vanished.");
    }

    private static void Persistent(MqttClientOptionsBuilder options) => options.WithCleanStart(false).WithSessionExpiryInterval(3600);

    private static Action<MqttClientOptionsBuilder> DelayedWill(string device, uint delaySeconds) => o => o
        .WithCleanStart(false)
        .WithSessionExpiryInterval(300)
        .WithWillTopic($"mqttnet/devices/{device}/status")
        .WithWillPayload("offline"u8.ToArray())
        .WithWillQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce)
        .WithWillDelayInterval(delaySeconds);
}
