using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using AiotHub.Mqtt;
using AiotHub.Mqtt.Client;
using AiotHub.Mqtt.Packets;
using AiotHub.Mqtt.Protocol;

namespace AiotHub.Gateway.Tests.Devices;

/// <summary>
/// A device speaking docs/mqtt-protocol.md over our MqttClient: last will, retained announce and
/// online, reports, and the set/call messages it receives, for the test to answer.
/// </summary>
internal sealed class TestDevice : IAsyncDisposable
{
    private readonly Channel<MqttApplicationMessage> _commands = Channel.CreateUnbounded<MqttApplicationMessage>();

    private TestDevice(string id, MqttClient client)
    {
        Id = id;
        Client = client;
        client.MessageReceived = message =>
        {
            _commands.Writer.TryWrite(message);
            return ValueTask.CompletedTask;
        };
    }

    public string Id { get; }

    public MqttClient Client { get; }

    public static async Task<TestDevice> StartAsync(int port, string id, string model, CancellationToken cancellationToken,
        string? userName = null, string? password = null, bool announce = true)
    {
        var client = new MqttClient(new MqttClientOptions
        {
            Host = "127.0.0.1",
            Port = port,
            ClientId = id,
            UserName = userName,
            Password = password,
            ProtocolVersion = MqttProtocolVersion.V500,
            ConnectTimeout = TimeSpan.FromSeconds(15),
            Will = new MqttWillMessage
            {
                Topic = $"aiot/{id}/availability",
                Payload = """{"state":"offline","reason":"last-will"}"""u8.ToArray(),
                QualityOfService = MqttQualityOfService.AtLeastOnce,
                Retain = true,
            },
        });
        var device = new TestDevice(id, client);
        try
        {
            await client.ConnectAsync(cancellationToken);
            await client.SubscribeAsync($"aiot/{id}/+", MqttQualityOfService.AtLeastOnce, cancellationToken);
            if (announce)
            {
                await device.PublishAsync("announce", $$"""{"model":"{{model}}","firmware":"1.0.0"}""", cancellationToken, retain: true);
                await device.PublishAsync("availability", """{"state":"online"}""", cancellationToken, retain: true);
            }

            return device;
        }
        catch
        {
            await client.DisposeAsync();
            throw;
        }
    }

    public Task PublishAsync(string suffix, string json, CancellationToken cancellationToken, bool retain = false) =>
        PublishAsync(suffix, Encoding.UTF8.GetBytes(json), cancellationToken, retain);

    public async Task PublishAsync(string suffix, byte[] payload, CancellationToken cancellationToken, bool retain = false) =>
        await Client.PublishAsync(new MqttApplicationMessage
        {
            Topic = $"aiot/{Id}/{suffix}",
            Payload = payload,
            QualityOfService = MqttQualityOfService.AtLeastOnce,
            Retain = retain,
        }, cancellationToken);

    /// <summary>The next set or call the hub sent, with its MQTT properties.</summary>
    public async Task<(MqttApplicationMessage Message, JsonElement Body)> NextCommandAsync(CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(20));
        while (true)
        {
            var message = await _commands.Reader.ReadAsync(timeout.Token);
            if (message.Topic.EndsWith("/set", StringComparison.Ordinal) || message.Topic.EndsWith("/call", StringComparison.Ordinal))
            {
                using var document = JsonDocument.Parse(message.Payload);
                return (message, document.RootElement.Clone());
            }
        }
    }

    /// <summary>The next message the hub sent on <c>aiot/{id}/{suffix}</c> (<c>ota</c>, say), skipping others.</summary>
    public async Task<JsonElement> NextOnAsync(string suffix, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(20));
        while (true)
        {
            var message = await _commands.Reader.ReadAsync(timeout.Token);
            if (message.Topic == $"aiot/{Id}/{suffix}")
            {
                using var document = JsonDocument.Parse(message.Payload);
                return document.RootElement.Clone();
            }
        }
    }

    public Task ReplyAsync(string commandId, int code, CancellationToken cancellationToken, string? message = null) =>
        PublishAsync("reply", JsonSerializer.Serialize(new Dictionary<string, object?> { ["id"] = commandId, ["code"] = code, ["message"] = message }),
            cancellationToken);

    /// <summary>Drops the TCP connection without DISCONNECT: the broker publishes the will.</summary>
    public void Vanish() => Client.AbortConnection();

    public ValueTask DisposeAsync() => Client.DisposeAsync();
}
