using System.Diagnostics;
using System.Text;
using System.Text.Json;
using AiotHub.Mqtt;
using AiotHub.Mqtt.Client;
using AiotHub.Mqtt.Protocol;

namespace AiotHub.Benchmarks.Hub;

/// <summary>
/// A device the benchmark drives by hand over the device protocol (docs/mqtt-protocol.md):
/// announces a model, goes online, publishes property reports, and answers every set with an
/// applied reply and a report, noting the Stopwatch timestamp at which each set arrived.
/// </summary>
internal sealed class ProbeDevice : IProbeDevice
{
    private readonly MqttClient _client;
    private long _lastSetTimestamp;
    private long _lastEchoTimestamp;
    private long _setsReceived;

    private ProbeDevice(string id, MqttClient client)
    {
        Id = id;
        _client = client;
    }

    public string Id { get; }

    public long SetsReceived => Interlocked.Read(ref _setsReceived);

    /// <summary>
    /// Stopwatch timestamp at which the newest of its own property reports came back from the broker (a device
    /// receives the topics below its own id: the broker hop, seen by the one subscriber the hub lets it have).
    /// </summary>
    public long LastEchoTimestamp => Interlocked.Read(ref _lastEchoTimestamp);

    /// <summary>Stopwatch timestamp of the newest set, 0 before the first.</summary>
    public long LastSetTimestamp => Interlocked.Read(ref _lastSetTimestamp);

    public static async Task<ProbeDevice> ConnectAsync(int port, string id, string model, CancellationToken cancellationToken)
    {
        var client = new MqttClient(new MqttClientOptions { Port = port, ClientId = id, ProtocolVersion = MqttProtocolVersion.V311 });
        var device = new ProbeDevice(id, client);
        client.MessageReceived = device.OnMessageAsync;
        await client.ConnectAsync(cancellationToken);
        await client.SubscribeAsync($"aiot/{id}/set", MqttQualityOfService.AtLeastOnce, cancellationToken);
        await client.SubscribeAsync($"aiot/{id}/properties", MqttQualityOfService.AtMostOnce, cancellationToken);
        await device.PublishAsync("announce", $$"""{"model":"{{model}}","firmware":"1.0.0","name":"{{id}}"}""", retain: true, cancellationToken);
        await device.PublishAsync("availability", """{"state":"online"}""", retain: true, cancellationToken);
        return device;
    }

    /// <summary>Publishes one property report at QoS 0, as sensors do; returns the Stopwatch timestamp just before the write.</summary>
    public async Task<long> ReportAsync(string valuesJson, CancellationToken cancellationToken)
    {
        var payload = Encoding.UTF8.GetBytes($$"""{"values":{{valuesJson}}}""");
        var sent = Stopwatch.GetTimestamp();
        await _client.PublishAsync(new MqttApplicationMessage { Topic = $"aiot/{Id}/properties", Payload = payload }, cancellationToken);
        return sent;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await PublishAsync("availability", """{"state":"offline","reason":"shutdown"}""", retain: true, CancellationToken.None);
            await _client.DisconnectAsync();
        }
        catch (Exception ex) when (ex is IOException or InvalidOperationException or OperationCanceledException)
        {
            // The hub may already be gone at the end of a run.
        }

        await _client.DisposeAsync();
    }

    private async ValueTask OnMessageAsync(MqttApplicationMessage message)
    {
        var arrived = Stopwatch.GetTimestamp();
        if (message.Topic.EndsWith("/properties", StringComparison.Ordinal))
        {
            Interlocked.Exchange(ref _lastEchoTimestamp, arrived);
            return;
        }

        Interlocked.Exchange(ref _lastSetTimestamp, arrived);
        Interlocked.Increment(ref _setsReceived);
        using var set = JsonDocument.Parse(message.Payload);
        var id = set.RootElement.GetProperty("id").GetString();
        var values = set.RootElement.GetProperty("values").GetRawText();
        // Reply applied, then report what changed, as a real light does.
        await PublishAsync("reply", $$"""{"id":"{{id}}","code":0}""", retain: false, CancellationToken.None);
        await PublishAsync("properties", $$"""{"values":{{values}}}""", retain: false, CancellationToken.None);
    }

    private Task<MqttClientPublishResult> PublishAsync(string subtopic, string json, bool retain, CancellationToken cancellationToken) =>
        _client.PublishAsync(new MqttApplicationMessage
        {
            Topic = $"aiot/{Id}/{subtopic}",
            Payload = Encoding.UTF8.GetBytes(json),
            QualityOfService = MqttQualityOfService.AtLeastOnce,
            Retain = retain,
        }, cancellationToken);
}
