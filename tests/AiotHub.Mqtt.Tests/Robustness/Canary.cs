using System.Net;
using System.Text;
using AiotHub.Mqtt.Packets;
using AiotHub.Mqtt.Protocol;
using AiotHub.Mqtt.Tests.Broker;

namespace AiotHub.Mqtt.Tests.Robustness;

/// <summary>
/// A well-behaved client connected before the abuse starts; afterwards it must still get its own
/// message back, which proves its connection, its session and routing survived.
/// </summary>
internal sealed class Canary : IAsyncDisposable
{
    private readonly RawMqttClient _client;
    private int _round;

    private Canary(RawMqttClient client, string topic)
    {
        _client = client;
        Topic = topic;
    }

    public string Topic { get; }

    public static async Task<Canary> ConnectAsync(IPEndPoint endPoint, MqttProtocolVersion version, CancellationToken cancellationToken)
    {
        var client = await RawMqttClient.ConnectAsync(endPoint, "canary", version, cancellationToken: cancellationToken);
        var topic = "canary/" + (version == MqttProtocolVersion.V500 ? "v5" : "v311");
        await client.SubscribeAsync(topic, MqttQualityOfService.AtLeastOnce, cancellationToken);
        return new Canary(client, topic);
    }

    /// <summary>Publishes (QoS 0) and receives its own message, then answers a PINGREQ.</summary>
    public async Task AssertRoundTripAsync(CancellationToken cancellationToken)
    {
        Assert.False(_client.IsClosed, "the broker closed the canary's connection");
        var payload = $"alive {++_round}";
        await _client.PublishAsync(Topic, payload, MqttQualityOfService.AtMostOnce, cancellationToken: cancellationToken);
        var publish = await _client.ReceiveAsync<MqttPublishPacket>(cancellationToken);
        Assert.Equal(Topic, publish.Topic);
        Assert.Equal(payload, Encoding.UTF8.GetString(publish.Payload.Span));
        await _client.SendAsync(MqttPingReqPacket.Instance, cancellationToken);
        await _client.ReceiveAsync<MqttPingRespPacket>(cancellationToken);
    }

    public ValueTask DisposeAsync() => _client.DisposeAsync();
}
