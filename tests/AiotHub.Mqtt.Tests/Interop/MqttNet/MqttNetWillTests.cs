using MQTTnet;
using MQTTnet.Protocol;
using MqttProtocolVersion = AiotHub.Mqtt.Protocol.MqttProtocolVersion;

namespace AiotHub.Mqtt.Tests.Interop.MqttNet;

/// <summary>
/// MQTTnet 5.2's will (last will and testament): published when the client vanishes, kept back when it says
/// goodbye, and in 5.0 on request with DISCONNECT 0x04, properties intact. Through our broker and mosquitto.
/// </summary>
public sealed class MqttNetWillTests
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
    public async Task AWillIsPublishedWhenTheClientVanishesAndNotWhenItDisconnectsCleanly(InteropBrokerKind kind, MqttProtocolVersion version)
    {
        await using var broker = await InteropBroker.StartAsync(kind, Ct);
        await using var watcher = await MqttNetPeer.ConnectAsync(broker, version, "mqttnet-watcher", Ct);
        await watcher.SubscribeAsync("mqttnet/devices/+/status", 1, Ct);

        await using (var polite = await MqttNetPeer.ConnectAsync(broker, version, "mqttnet-polite", Ct, WillOf("polite")))
        {
            // §3.1.2.5 / §3.14.4: a DISCONNECT (5.0: reason 0x00) discards the will.
            await polite.DisconnectAsync(Ct);
        }

        await using var plug = await MqttNetPeer.ConnectAsync(broker, version, "mqttnet-plug", Ct, WillOf("plug"));
        plug.Vanish();

        // The plug's will, then the watcher's own closing message: nothing for the polite client in between or before.
        var will = (await watcher.WaitForMessagesAsync(1, Ct))[0];
        await watcher.PublishAsync("mqttnet/devices/watcher/status", "end", 1, Ct);
        var received = await watcher.WaitForMessagesAsync(2, Ct);
        Assert.Equal(
            [("mqttnet/devices/plug/status", "offline", 1), ("mqttnet/devices/watcher/status", "end", 1)],
            received.Select(m => (m.Topic, m.Payload, m.Qos)));
        // §3.3.1.3: the will is no retained message unless Will Retain says so.
        Assert.False(will.Retain);
    }

    [Theory]
    [InlineData(InteropBrokerKind.AiotHub)]
    [InlineData(InteropBrokerKind.Mosquitto)]
    public async Task AnMqtt5ClientDisconnectingWithReason4HasItsWillPublishedWithItsProperties(InteropBrokerKind kind)
    {
        await using var broker = await InteropBroker.StartAsync(kind, Ct);
        await using var watcher = await MosquittoSubscriber.StartAsync(broker, MqttProtocolVersion.V500, ["mqttnet/devices/+/status"], 1, Ct, count: 1);
        await using var plug = await MqttNetPeer.ConnectAsync(broker, MqttProtocolVersion.V500, "mqttnet-plug", Ct, o => WillOf("plug")(o
            .WithWillContentType("text/plain")
            .WithWillResponseTopic("mqttnet/devices/plug/revive")
            .WithWillCorrelationData([0x00, 0x2A, 0xFF])
            .WithWillUserProperty("room", new ReadOnlyMemory<byte>("hall"u8.ToArray()))
            .WithWillRetain()));

        // §3.14.2.1: 0x04 Disconnect with Will Message: a clean goodbye that still wants the will sent.
        await plug.DisconnectAsync(Ct, MqttClientDisconnectOptionsReason.DisconnectWithWillMessage);

        var will = Assert.Single(await watcher.WaitForExitAsync(Ct));
        Assert.Equal(
            ("mqttnet/devices/plug/status", "offline", 1, "text/plain", "mqttnet/devices/plug/revive", "room:hall"),
            (will.Topic, will.Payload, will.Qos, will.ContentType, will.ResponseTopic, will.UserProperties));

        // Will Retain: a later subscriber still finds the plug offline.
        await using var late = await MqttNetPeer.ConnectAsync(broker, MqttProtocolVersion.V500, "mqttnet-late", Ct);
        await late.SubscribeAsync("mqttnet/devices/#", 1, Ct);
        var retained = Assert.Single(await late.WaitForMessagesAsync(1, Ct));
        Assert.Equal(("mqttnet/devices/plug/status", "offline", true, "text/plain"), (retained.Topic, retained.Payload, retained.Retain, retained.ContentType));
        Assert.Equal([0x00, 0x2A, 0xFF], retained.CorrelationData);
        Assert.Equal([("room", "hall")], retained.UserProperties);
    }

    private static Action<MqttClientOptionsBuilder> WillOf(string device) => o => o
        .WithWillTopic($"mqttnet/devices/{device}/status")
        .WithWillPayload("offline"u8.ToArray())
        .WithWillQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce);
}
