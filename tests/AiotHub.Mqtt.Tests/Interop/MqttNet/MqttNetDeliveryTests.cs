using MQTTnet;
using MqttProtocolVersion = AiotHub.Mqtt.Protocol.MqttProtocolVersion;

namespace AiotHub.Mqtt.Tests.Interop.MqttNet;

/// <summary>
/// QoS 0, 1 and 2 both ways between MQTTnet 5.2 and mosquitto_pub/mosquitto_sub, and retained messages, through our
/// broker and through mosquitto in the same run.
/// </summary>
public sealed class MqttNetDeliveryTests
{
    private static readonly string[] Payloads = ["one", "two", "three", "four", "five"];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<InteropBrokerKind, MqttProtocolVersion, int> KindsVersionsAndQos()
    {
        var data = new TheoryData<InteropBrokerKind, MqttProtocolVersion, int>();
        foreach (var kind in Enum.GetValues<InteropBrokerKind>())
        {
            foreach (var version in new[] { MqttProtocolVersion.V311, MqttProtocolVersion.V500 })
            {
                foreach (var qos in new[] { 0, 1, 2 })
                {
                    data.Add(kind, version, qos);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(KindsVersionsAndQos))]
    public async Task WhatMqttNetPublishesReachesAMosquittoSubscriberOnceInOrderAtItsQos(InteropBrokerKind kind, MqttProtocolVersion version, int qos)
    {
        await using var broker = await InteropBroker.StartAsync(kind, Ct);
        await using var subscriber = await MosquittoSubscriber.StartAsync(broker, version, ["mqttnet/out/#"], qos, Ct, count: Payloads.Length);
        await using var publisher = await MqttNetPeer.ConnectAsync(broker, version, "mqttnet-publisher", Ct);

        foreach (var payload in Payloads)
        {
            var result = await publisher.PublishAsync("mqttnet/out/meter", payload, qos, Ct);
            // QoS 1/2: the PUBACK/PUBREC reason (0x00 for 3.1.1, which has none); QoS 0 has no acknowledgement.
            Assert.True(result.ReasonCode == MqttClientPublishReasonCode.Success, $"{result.ReasonCode} {result.ReasonString}");
        }

        var received = await subscriber.WaitForExitAsync(Ct);
        Assert.Equal(Payloads, received.Select(m => m.Payload));
        Assert.All(received, m => Assert.Equal(("mqttnet/out/meter", qos, false), (m.Topic, m.Qos, m.Retain)));
    }

    [Theory]
    [MemberData(nameof(KindsVersionsAndQos))]
    public async Task WhatMosquittoPubPublishesReachesMqttNetOnceInOrderAtItsQos(InteropBrokerKind kind, MqttProtocolVersion version, int qos)
    {
        await using var broker = await InteropBroker.StartAsync(kind, Ct);
        await using var subscriber = await MqttNetPeer.ConnectAsync(broker, version, "mqttnet-subscriber", Ct);
        var granted = Assert.Single((await subscriber.SubscribeAsync("mqttnet/in/#", qos, Ct)).Items).ResultCode;
        Assert.Equal((MqttClientSubscribeResultCode)qos, granted);

        // One connection, one topic: §4.6 keeps them in order, so a duplicate would arrive before the closing "end".
        await MosquittoPublisher.PublishLinesAsync(broker, version, "mqttnet/in/thermostat", [.. Payloads, "end"], qos, Ct);

        var received = await subscriber.WaitForMessagesAsync(Payloads.Length + 1, Ct);
        Assert.Equal([.. Payloads, "end"], received.Select(m => m.Payload));
        Assert.All(received, m => Assert.Equal(("mqttnet/in/thermostat", qos, false, false), (m.Topic, m.Qos, m.Retain, m.Dup)));
    }

    [Theory]
    [InlineData(InteropBrokerKind.AiotHub, MqttProtocolVersion.V311)]
    [InlineData(InteropBrokerKind.AiotHub, MqttProtocolVersion.V500)]
    [InlineData(InteropBrokerKind.Mosquitto, MqttProtocolVersion.V311)]
    [InlineData(InteropBrokerKind.Mosquitto, MqttProtocolVersion.V500)]
    public async Task ARetainedMessageFromMqttNetReachesLaterSubscribersUntilAnEmptyOneClearsIt(InteropBrokerKind kind, MqttProtocolVersion version)
    {
        await using var broker = await InteropBroker.StartAsync(kind, Ct);
        await using var device = await MqttNetPeer.ConnectAsync(broker, version, "mqttnet-hall-light", Ct);
        await device.PublishAsync("mqttnet/hall/light", "on", 1, Ct, retain: true);

        await using (var late = await MosquittoSubscriber.StartAsync(broker, version, ["mqttnet/hall/+"], 1, Ct, count: 1))
        {
            var retained = Assert.Single(await late.WaitForExitAsync(Ct));
            Assert.Equal(("mqttnet/hall/light", "on", true), (retained.Topic, retained.Payload, retained.Retain));
        }

        await using (var lateMqttNet = await MqttNetPeer.ConnectAsync(broker, version, "mqttnet-late", Ct))
        {
            await lateMqttNet.SubscribeAsync("mqttnet/hall/#", 2, Ct);
            var retained = Assert.Single(await lateMqttNet.WaitForMessagesAsync(1, Ct));
            Assert.Equal(("mqttnet/hall/light", "on", true, 1), (retained.Topic, retained.Payload, retained.Retain, retained.Qos));
        }

        // §3.3.1.3: a retained PUBLISH with an empty payload removes the retained message.
        await device.PublishAsync("mqttnet/hall/light", string.Empty, 1, Ct, retain: true);
        await using var afterClear = await MqttNetPeer.ConnectAsync(broker, version, "mqttnet-after-clear", Ct);
        await afterClear.SubscribeAsync("mqttnet/hall/#", 1, Ct);
        await device.PublishAsync("mqttnet/hall/light", "live", 1, Ct);

        // Had the retained message survived, it would come first.
        var first = (await afterClear.WaitForMessagesAsync(1, Ct))[0];
        Assert.Equal(("live", false), (first.Payload, first.Retain));
    }

    [Theory]
    [InlineData(InteropBrokerKind.AiotHub, MqttClientPublishReasonCode.NoMatchingSubscribers, MqttClientPublishReasonCode.NoMatchingSubscribers)]
    [InlineData(InteropBrokerKind.Mosquitto, MqttClientPublishReasonCode.NoMatchingSubscribers, MqttClientPublishReasonCode.Success)]
    public async Task APublishNobodySubscribedToIsAcknowledgedAsASuccess(
        InteropBrokerKind kind, MqttClientPublishReasonCode puback, MqttClientPublishReasonCode pubrec)
    {
        await using var broker = await InteropBroker.StartAsync(kind, Ct);
        await using var publisher = await MqttNetPeer.ConnectAsync(broker, MqttProtocolVersion.V500, "mqttnet-alone", Ct);

        var atLeastOnce = await publisher.PublishAsync("mqttnet/nobody/listens", "x", 1, Ct);
        var exactlyOnce = await publisher.PublishAsync("mqttnet/nobody/listens", "x", 2, Ct);

        // §3.4.2.1/§3.5.2.1: a server that knows nobody matches MAY say 0x10 No matching subscribers instead of 0x00.
        // Ours does in PUBACK and PUBREC; mosquitto 2.0.11 in PUBACK only. Both are successes, and MQTTnet counts
        // the publish as done either way.
        Assert.Equal((puback, true, pubrec, true), (atLeastOnce.ReasonCode, atLeastOnce.IsSuccess, exactlyOnce.ReasonCode, exactlyOnce.IsSuccess));
    }
}
