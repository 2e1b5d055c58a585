using System.Text;
using AiotHub.Mqtt.Client;
using AiotHub.Mqtt.Protocol;
using AiotHub.Mqtt.Tests.Infrastructure;

namespace AiotHub.Mqtt.Tests.Client;

/// <summary>Options and messages shared by the client tests.</summary>
internal static class ClientFactory
{
    public static MqttClientOptions Options(int port, MqttProtocolVersion version, string? clientId = null) => new()
    {
        Host = MosquittoBroker.Host,
        Port = port,
        ProtocolVersion = version,
        ClientId = clientId ?? "aiothub-" + Guid.NewGuid().ToString("N")[..12],
        KeepAlive = TimeSpan.FromSeconds(30),
    };

    public static async Task<MqttClient> ConnectAsync(int port, MqttProtocolVersion version, Action<MqttClientOptions>? configure = null)
    {
        var options = Options(port, version);
        configure?.Invoke(options);
        var client = new MqttClient(options);
        try
        {
            await client.ConnectAsync(TestContext.Current.CancellationToken);
            return client;
        }
        catch
        {
            await client.DisposeAsync();
            throw;
        }
    }

    public static MqttApplicationMessage Message(string topic, string payload, MqttQualityOfService qos = MqttQualityOfService.AtMostOnce,
        bool retain = false) => new()
    {
        Topic = topic,
        Payload = Encoding.UTF8.GetBytes(payload),
        QualityOfService = qos,
        Retain = retain,
    };

    public static string Text(this MqttApplicationMessage message) => Encoding.UTF8.GetString(message.Payload.Span);

    public static string UniqueTopic(string prefix = "test") => $"{prefix}/{Guid.NewGuid():N}";
}
