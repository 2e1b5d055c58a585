using MQTTnet;
using MqttProtocolVersion = AiotHub.Mqtt.Protocol.MqttProtocolVersion;

namespace AiotHub.Mqtt.Tests.Interop.MqttNet;

/// <summary>
/// An MQTTnet 5.2 client's persistent session (3.1.1: Clean Session 0; 5.0: Clean Start 0 with a Session Expiry
/// Interval) kept across a restart of the broker: ours on its store, mosquitto with <c>persistence true</c>.
/// </summary>
public sealed class MqttNetPersistentSessionTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<InteropBrokerKind, MqttProtocolVersion> KindsAndVersions()
    {
        var data = new TheoryData<InteropBrokerKind, MqttProtocolVersion>();
        foreach (var kind in Enum.GetValues<InteropBrokerKind>())
        {
            data.Add(kind, MqttProtocolVersion.V311);
            data.Add(kind, MqttProtocolVersion.V500);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(KindsAndVersions))]
    public async Task MessagesQueuedForAnOfflineSessionSurviveABrokerRestartAndArriveOnceInOrder(InteropBrokerKind kind, MqttProtocolVersion version)
    {
        await using var broker = await InteropBroker.StartAsync(kind, Ct, persistent: true);
        await using (var logger = await MqttNetPeer.ConnectAsync(broker, version, "mqttnet-logger", Ct, Persistent(version)))
        {
            Assert.False(logger.ConnectResult!.IsSessionPresent);
            Assert.Equal(MqttClientSubscribeResultCode.GrantedQoS2, Assert.Single((await logger.SubscribeAsync("mqttnet/meter/#", 2, Ct)).Items).ResultCode);
            await logger.DisconnectAsync(Ct);
        }

        await using (var meter = await MqttNetPeer.ConnectAsync(broker, version, "mqttnet-meter", Ct))
        {
            // §3.1.2.4 / §4.1: a session's QoS 1 and 2 messages are queued while its client is away.
            await meter.PublishAsync("mqttnet/meter/power", "100 W", 1, Ct);
            await meter.PublishAsync("mqttnet/meter/power", "120 W", 2, Ct);
            await meter.PublishAsync("mqttnet/meter/energy", "3.5 kWh", 1, Ct, retain: true);
        }

        await broker.RestartAsync(Ct);

        await using var back = await MqttNetPeer.ConnectAsync(broker, version, "mqttnet-logger", Ct, Persistent(version));
        Assert.True(back.ConnectResult!.IsSessionPresent, back.Describe());
        await using (var meter = await MqttNetPeer.ConnectAsync(broker, version, "mqttnet-meter", Ct))
        {
            // The subscription came back with the session: no SUBSCRIBE since the restart.
            await meter.PublishAsync("mqttnet/meter/power", "after restart", 1, Ct);
        }

        var received = await back.WaitForMessagesAsync(4, Ct);
        Assert.Equal(
            [("mqttnet/meter/power", "100 W", 1), ("mqttnet/meter/power", "120 W", 2), ("mqttnet/meter/energy", "3.5 kWh", 1), ("mqttnet/meter/power", "after restart", 1)],
            received.Select(m => (m.Topic, m.Payload, m.Qos)));

        // The retained message outlived the restart too (§3.3.1.3: sent with RETAIN 1 to a new subscription).
        await using var late = await MqttNetPeer.ConnectAsync(broker, version, "mqttnet-late", Ct);
        await late.SubscribeAsync("mqttnet/meter/energy", 1, Ct);
        var retained = Assert.Single(await late.WaitForMessagesAsync(1, Ct));
        Assert.Equal(("3.5 kWh", true), (retained.Payload, retained.Retain));
    }

    [Theory]
    [MemberData(nameof(KindsAndVersions))]
    public async Task ACleanSessionAfterARestartForgetsTheSubscriptionAndTheQueue(InteropBrokerKind kind, MqttProtocolVersion version)
    {
        await using var broker = await InteropBroker.StartAsync(kind, Ct, persistent: true);
        await using (var logger = await MqttNetPeer.ConnectAsync(broker, version, "mqttnet-logger", Ct, Persistent(version)))
        {
            await logger.SubscribeAsync("mqttnet/meter/#", 1, Ct);
        }

        await using (var meter = await MqttNetPeer.ConnectAsync(broker, version, "mqttnet-meter", Ct))
        {
            await meter.PublishAsync("mqttnet/meter/power", "queued", 1, Ct);
        }

        await broker.RestartAsync(Ct);

        // 3.1.1: Clean Session 1; 5.0: Clean Start 1. Either discards the stored session (§3.1.2.4).
        await using var fresh = await MqttNetPeer.ConnectAsync(broker, version, "mqttnet-logger", Ct, o => o.WithCleanSession(true));
        Assert.False(fresh.ConnectResult!.IsSessionPresent, fresh.Describe());
        await fresh.SubscribeAsync("mqttnet/other/#", 1, Ct);
        await using (var meter = await MqttNetPeer.ConnectAsync(broker, version, "mqttnet-meter", Ct))
        {
            await meter.PublishAsync("mqttnet/meter/power", "unheard", 1, Ct);
            await meter.PublishAsync("mqttnet/other/end", "end", 1, Ct);
        }

        // Neither the queued message nor one on the old subscription comes before the closing one.
        var received = await fresh.WaitForMessagesAsync(1, Ct);
        Assert.Equal(["end"], received.Select(m => m.Payload));
    }

    [Theory]
    [InlineData(InteropBrokerKind.AiotHub, MqttProtocolVersion.V311, 1)]
    [InlineData(InteropBrokerKind.AiotHub, MqttProtocolVersion.V311, 2)]
    [InlineData(InteropBrokerKind.AiotHub, MqttProtocolVersion.V500, 1)]
    [InlineData(InteropBrokerKind.AiotHub, MqttProtocolVersion.V500, 2)]
    [InlineData(InteropBrokerKind.Mosquitto, MqttProtocolVersion.V311, 1)]
    [InlineData(InteropBrokerKind.Mosquitto, MqttProtocolVersion.V311, 2)]
    [InlineData(InteropBrokerKind.Mosquitto, MqttProtocolVersion.V500, 1)]
    [InlineData(InteropBrokerKind.Mosquitto, MqttProtocolVersion.V500, 2)]
    public async Task ADeliveryTheClientNeverAcknowledgedIsResentWithDupAfterABrokerRestart(InteropBrokerKind kind, MqttProtocolVersion version, int qos)
    {
        await using var broker = await InteropBroker.StartAsync(kind, Ct, persistent: true);
        await using (var lamp = await MqttNetPeer.ConnectAsync(broker, version, "mqttnet-lamp", Ct, Persistent(version)))
        {
            await lamp.SubscribeAsync("mqttnet/lamp/set", qos, Ct);
            lamp.WithholdAcknowledgements = true;
            await using (var app = await MqttNetPeer.ConnectAsync(broker, version, "mqttnet-app", Ct))
            {
                await app.PublishAsync("mqttnet/lamp/set", "on", qos, Ct);
            }

            // Received, never acknowledged (no PUBACK / PUBREC), and then the broker goes down.
            var first = Assert.Single(await lamp.WaitForMessagesAsync(1, Ct));
            Assert.False(first.Dup);
            await broker.RestartAsync(Ct);
            await lamp.WaitForDisconnectAsync(Ct);
        }

        await using var back = await MqttNetPeer.ConnectAsync(broker, version, "mqttnet-lamp", Ct, Persistent(version));
        Assert.True(back.ConnectResult!.IsSessionPresent, back.Describe());
        await using (var app = await MqttNetPeer.ConnectAsync(broker, version, "mqttnet-app", Ct))
        {
            await app.PublishAsync("mqttnet/lamp/set", "end", qos, Ct);
        }

        // §4.4: on reconnecting to a session, the server resends the unacknowledged PUBLISH with DUP 1 — once, and
        // before anything published since. Acknowledged this time, it is not sent a third time before "end".
        var received = await back.WaitForMessagesAsync(2, Ct);
        Assert.Equal([("on", qos, true), ("end", qos, false)], received.Select(m => (m.Payload, m.Qos, m.Dup)));
    }

    /// <summary>3.1.1: Clean Session 0; 5.0: Clean Start 0 and a session that outlives the connection by an hour.</summary>
    private static Action<MqttClientOptionsBuilder> Persistent(MqttProtocolVersion version) => o =>
    {
        o.WithCleanSession(false);
        if (version == MqttProtocolVersion.V500)
        {
            o.WithSessionExpiryInterval(3600);
        }
    };
}
