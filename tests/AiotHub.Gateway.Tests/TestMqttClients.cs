using AiotHub.Mqtt.Client;
using AiotHub.Mqtt.Protocol;

namespace AiotHub.Gateway.Tests;

internal static class TestMqttClients
{
    /// <summary>A connected client of the hub's broker on <paramref name="port"/>.</summary>
    public static async Task<MqttClient> ConnectAsync(int port, CancellationToken cancellationToken, string clientId = "", string? userName = null, string? password = null)
    {
        var client = new MqttClient(new MqttClientOptions
        {
            Host = "127.0.0.1",
            Port = port,
            ProtocolVersion = MqttProtocolVersion.V500,
            ClientId = clientId,
            UserName = userName,
            Password = password,
            ConnectTimeout = TimeSpan.FromSeconds(15),
        });
        try
        {
            await client.ConnectAsync(cancellationToken);
            return client;
        }
        catch
        {
            await client.DisposeAsync();
            throw;
        }
    }
}
