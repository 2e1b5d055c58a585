using System.Text.Json;
using AiotHub.Mqtt;
using AiotHub.Mqtt.Client;
using AiotHub.Mqtt.Protocol;

namespace AiotHub.Simulators.Fleet;

/// <summary>
/// Pairing as a device does it (docs/mqtt-protocol.md "Pairing"), and all it costs a device maker: connect as
/// <c>$pair</c> with the one-time code and the id the device wants, subscribe to the response, ask once, keep
/// what comes back. The device then reconnects as itself with those credentials.
/// </summary>
public static class DevicePairing
{
    /// <exception cref="InvalidOperationException">The hub refused (the message says why, e.g. an expired code).</exception>
    public static async Task<SimulatorCredential> PairAsync(
        string host, int port, string code, string deviceId, string model, string topicRoot = "aiot", CancellationToken cancellationToken = default)
    {
        var topic = $"{topicRoot}/$pair/{deviceId}";
        var answer = new TaskCompletionSource<byte[]>(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var client = new MqttClient(new MqttClientOptions { Host = host, Port = port, ClientId = deviceId, UserName = "$pair", Password = code });
        client.MessageReceived = message =>
        {
            answer.TrySetResult(message.Payload.ToArray());
            return ValueTask.CompletedTask;
        };
        await client.ConnectAsync(cancellationToken).ConfigureAwait(false);
        await client.SubscribeAsync(topic + "/response", MqttQualityOfService.AtLeastOnce, cancellationToken).ConfigureAwait(false);
        await client.PublishAsync(new MqttApplicationMessage
        {
            Topic = topic + "/request",
            Payload = JsonSerializer.SerializeToUtf8Bytes(new { model }),
            QualityOfService = MqttQualityOfService.AtLeastOnce,
            ResponseTopic = topic + "/response",
            CorrelationData = "1"u8.ToArray(),
        }, cancellationToken).ConfigureAwait(false);
        using var response = JsonDocument.Parse(await answer.Task.WaitAsync(TimeSpan.FromSeconds(15), cancellationToken).ConfigureAwait(false));
        var result = response.RootElement;
        await client.DisconnectAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        if (result.GetProperty("code").GetInt32() != 0)
            throw new InvalidOperationException($"pairing refused ({result.GetProperty("code").GetInt32()}): {result.GetProperty("message").GetString()}");
        return new SimulatorCredential(result.GetProperty("userName").GetString(), result.GetProperty("password").GetString());
    }
}
