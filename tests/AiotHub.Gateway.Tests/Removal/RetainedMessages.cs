using System.Collections.Concurrent;
using AiotHub.Mqtt.Protocol;

namespace AiotHub.Gateway.Tests.Removal;

/// <summary>
/// What a new subscriber to a device's topics receives as retained. The subscriber connects as the device
/// itself (its id as client id, anonymous from loopback): the hub's bus lets no other client read a device's
/// topics (docs/security.md). So the device must not be connected at that moment.
/// </summary>
internal static class RetainedMessages
{
    /// <summary>
    /// Subscribes a fresh client as the device to "aiot/{id}/#" and collects the retained messages delivered, until
    /// <paramref name="expected"/> arrived or <paramref name="wait"/> passed (the broker sends retained
    /// messages right after the SUBACK, so a short wait after it is enough to see that none come).
    /// </summary>
    public static async Task<IReadOnlyList<string>> OfDeviceAsync(int port, string deviceId, int expected, TimeSpan wait, CancellationToken cancellationToken)
    {
        var topics = new ConcurrentQueue<string>();
        await using var client = await TestMqttClients.ConnectAsync(port, cancellationToken, clientId: deviceId);
        client.MessageReceived = message =>
        {
            if (message.Retain)
                topics.Enqueue(message.Topic);
            return ValueTask.CompletedTask;
        };
        await client.SubscribeAsync($"aiot/{deviceId}/#", MqttQualityOfService.AtLeastOnce, cancellationToken);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (topics.Count < expected && clock.Elapsed < wait)
            await Task.Delay(20, cancellationToken);
        return [.. topics.Order(StringComparer.Ordinal)];
    }
}
