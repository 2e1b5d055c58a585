using MQTTnet;
using MqttProtocolVersion = AiotHub.Mqtt.Protocol.MqttProtocolVersion;

namespace AiotHub.Mqtt.Tests.Interop.MqttNet;

/// <summary>
/// MQTT 5.0 request/response (§4.10): Response Topic and Correlation Data carried unchanged from requester to
/// responder and back, between MQTTnet 5.2 clients and between MQTTnet and mosquitto_pub/sub, through our broker
/// and through mosquitto.
/// </summary>
public sealed class MqttNetRequestResponseTests
{
    private static readonly byte[] FirstRequest = [0x00, 0x01, 0xFE, 0xFF];
    private static readonly byte[] SecondRequest = [0x00, 0x02, 0xFE, 0xFF];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(InteropBrokerKind.AiotHub)]
    [InlineData(InteropBrokerKind.Mosquitto)]
    public async Task ARequestersCorrelationDataComesBackOnTheReplyToItsResponseTopic(InteropBrokerKind kind)
    {
        await using var broker = await InteropBroker.StartAsync(kind, Ct);
        await using var lamp = await MqttNetPeer.ConnectAsync(broker, MqttProtocolVersion.V500, "mqttnet-lamp", Ct);
        await lamp.SubscribeAsync("mqttnet/rpc/lamp/set", 1, Ct);
        await using var legacy = await MqttNetPeer.ConnectAsync(broker, MqttProtocolVersion.V311, "mqttnet-legacy", Ct);
        await legacy.SubscribeAsync("mqttnet/rpc/lamp/set", 1, Ct);
        await using var app = await MqttNetPeer.ConnectAsync(broker, MqttProtocolVersion.V500, "mqttnet-app", Ct);
        await app.SubscribeAsync("mqttnet/rpc/app/replies", 1, Ct);

        await app.PublishAsync("mqttnet/rpc/lamp/set", "{\"on\":true}", 1, Ct, configure: m => Request(m, FirstRequest));
        await app.PublishAsync("mqttnet/rpc/lamp/set", "{\"on\":false}", 1, Ct, configure: m => Request(m, SecondRequest));

        // §3.3.2.3.5/6: the broker forwards both properties unaltered (binary correlation data, not UTF-8).
        var requests = await lamp.WaitForMessagesAsync(2, Ct);
        Assert.All(requests, r => Assert.Equal(("mqttnet/rpc/app/replies", "application/json"), (r.ResponseTopic, r.ContentType)));
        Assert.Equal([FirstRequest, SecondRequest], requests.Select(r => r.CorrelationData));

        // Answered out of order: only the correlation data tells the app which reply is which.
        foreach (var request in requests.Reverse())
        {
            await lamp.PublishAsync(request.ResponseTopic!, request.Payload.Contains("true", StringComparison.Ordinal) ? "on" : "off", 1, Ct,
                configure: m => m.WithCorrelationData(request.CorrelationData));
        }

        var replies = await app.WaitForMessagesAsync(2, Ct);
        Assert.Equal(
            [(Convert.ToHexString(SecondRequest), "off"), (Convert.ToHexString(FirstRequest), "on")],
            replies.Select(r => (Convert.ToHexString(r.CorrelationData ?? []), r.Payload)));

        // A 3.1.1 subscriber gets the same requests without properties, which its PUBLISH cannot carry.
        var legacyRequests = await legacy.WaitForMessagesAsync(2, Ct);
        Assert.All(legacyRequests, r => Assert.Equal((null, null, null), (r.ResponseTopic, r.CorrelationData, r.ContentType)));
    }

    [Theory]
    [InlineData(InteropBrokerKind.AiotHub)]
    [InlineData(InteropBrokerKind.Mosquitto)]
    public async Task MqttNetAnswersMosquittoPubsRequestOnTheResponseTopicMosquittoSubWatches(InteropBrokerKind kind)
    {
        await using var broker = await InteropBroker.StartAsync(kind, Ct);
        await using var lamp = await MqttNetPeer.ConnectAsync(broker, MqttProtocolVersion.V500, "mqttnet-lamp", Ct);
        await lamp.SubscribeAsync("mqttnet/rpc/lamp/get", 1, Ct);
        await using var replies = await MosquittoSubscriber.StartAsync(broker, MqttProtocolVersion.V500, ["mqttnet/rpc/cli/replies"], 1, Ct, count: 1);

        await MosquittoPublisher.PublishAsync(broker, MqttProtocolVersion.V500, "mqttnet/rpc/lamp/get", "state", 1, Ct,
        [
            "-D", "publish", "response-topic", "mqttnet/rpc/cli/replies",
            "-D", "publish", "correlation-data", "req-7",
        ]);

        var request = Assert.Single(await lamp.WaitForMessagesAsync(1, Ct));
        Assert.Equal(("mqttnet/rpc/cli/replies", "req-7"), (request.ResponseTopic, System.Text.Encoding.UTF8.GetString(request.CorrelationData ?? [])));
        await lamp.PublishAsync(request.ResponseTopic!, "on", 1, Ct, configure: m => m.WithCorrelationData(request.CorrelationData));

        var reply = Assert.Single(await replies.WaitForExitAsync(Ct));
        Assert.Equal(("mqttnet/rpc/cli/replies", "on", "req-7"), (reply.Topic, reply.Payload, reply.CorrelationData));
    }

    private static void Request(MqttApplicationMessageBuilder message, byte[] correlationData) => message
        .WithResponseTopic("mqttnet/rpc/app/replies")
        .WithCorrelationData(correlationData)
        .WithContentType("application/json");
}
