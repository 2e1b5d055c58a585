using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;
using AiotHub.Mqtt;
using AiotHub.Mqtt.Broker;
using AiotHub.Mqtt.Client;
using AiotHub.Mqtt.Protocol;

namespace AiotHub.Simulators.Tests;

/// <summary>
/// The embedded broker on a free loopback port and a test MQTT client acting as the hub: it
/// subscribes to <c>aiot/#</c>, records everything, and sends commands.
/// </summary>
internal sealed class HubProbe : IAsyncDisposable
{
    /// <summary>How long a wait polls before it fails: generous, since a wait returns as soon as its condition holds and a CI
    /// machine building in parallel can take 20 s to route a thousand devices' announcements.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);
    private readonly MqttClient _client;

    private HubProbe(MqttBroker broker, MqttClient client)
    {
        Broker = broker;
        _client = client;
    }

    public MqttBroker Broker { get; }

    public int Port => Broker.LocalEndPoints[0].Port;

    public ConcurrentQueue<ReceivedMessage> Received { get; } = new();

    public static async Task<HubProbe> StartAsync()
    {
        // The probe subscribes to whole fleets: its queue must hold every retained announce at once.
        var broker = new MqttBroker(new MqttBrokerOptions { Address = IPAddress.Loopback, Port = 0, MaximumQueuedMessagesPerClient = 100_000 });
        await broker.StartAsync(TestContext.Current.CancellationToken);
        var port = broker.LocalEndPoints[0].Port;
        var client = new MqttClient(new MqttClientOptions { Port = port, ClientId = "hub-probe", ProtocolVersion = MqttProtocolVersion.V500 });
        var probe = new HubProbe(broker, client);
        client.MessageReceived = message =>
        {
            probe.Received.Enqueue(new ReceivedMessage(message.Topic, message.Payload.ToArray(), message.Retain) { CorrelationData = message.CorrelationData });
            return ValueTask.CompletedTask;
        };
        return probe;
    }

    /// <summary>Subscribes (after the devices, to see what is retained, or before, to see everything).</summary>
    public async Task ListenAsync(string filter = "aiot/#")
    {
        if (!_client.IsConnected)
            await _client.ConnectAsync(TestContext.Current.CancellationToken);
        await _client.SubscribeAsync(filter, MqttQualityOfService.AtLeastOnce, TestContext.Current.CancellationToken);
    }

    public Task SendAsync(string deviceId, string kind, string json) =>
        _client.PublishAsync(new MqttApplicationMessage
        {
            Topic = $"aiot/{deviceId}/{kind}",
            Payload = Encoding.UTF8.GetBytes(json),
            QualityOfService = MqttQualityOfService.AtLeastOnce,
        }, TestContext.Current.CancellationToken);

    public IEnumerable<ReceivedMessage> On(string deviceId, string subtopic) => Received.Where(m => m.Topic == $"aiot/{deviceId}/{subtopic}");

    /// <summary>Polls until a message matches; fails after <see cref="Timeout"/>.</summary>
    public async Task<ReceivedMessage> WaitForAsync(string deviceId, string subtopic, Func<JsonElement, bool>? match = null, int skip = 0)
    {
        ReceivedMessage? found = null;
        await Eventually(() => (found = On(deviceId, subtopic).Skip(skip).FirstOrDefault(m => match is null || (m.TryJson(out var j) && match(j)))) is not null,
            $"a message on aiot/{deviceId}/{subtopic}");
        return found!;
    }

    public Task<ReceivedMessage> WaitForReplyAsync(string deviceId, string id) =>
        WaitForAsync(deviceId, "reply", j => j.GetProperty("id").GetString() == id);

    public static Task Eventually(Func<bool> condition, string what) => Eventually(condition, what, () => string.Empty);

    /// <summary>As <see cref="Eventually(Func{bool}, string)"/>; a timeout also says what <paramref name="seen"/> describes.</summary>
    public static async Task Eventually(Func<bool> condition, string what, Func<string> seen)
    {
        var deadline = DateTime.UtcNow + Timeout;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
                Assert.Fail($"Timed out waiting for {what}. {seen()}".TrimEnd());
            await Task.Delay(20, TestContext.Current.CancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _client.DisposeAsync();
        await Broker.DisposeAsync();
    }

    internal sealed record ReceivedMessage(string Topic, byte[] Payload, bool Retain)
    {
        public byte[]? CorrelationData { get; init; }

        public JsonElement Json => JsonDocument.Parse(Payload).RootElement.Clone();

        public bool TryJson(out JsonElement json)
        {
            try
            {
                json = Json;
                return true;
            }
            catch (JsonException)
            {
                json = default;
                return false;
            }
        }
    }
}
