using AiotHub.Mqtt.Client;

namespace AiotHub.Mqtt.Tests.Client;

/// <summary>Records <see cref="MqttClient.ConnectionStateChanged"/> and waits for a transition.</summary>
internal sealed class StateRecorder
{
    private readonly List<MqttClientConnectionStateChangedEventArgs> _events = [];
    private int _consumed;

    public StateRecorder(MqttClient client) => client.ConnectionStateChanged += (_, e) =>
    {
        lock (_events)
        {
            _events.Add(e);
        }
    };

    public IReadOnlyList<MqttClientConnectionStateChangedEventArgs> Snapshot()
    {
        lock (_events)
        {
            return [.. _events];
        }
    }

    /// <summary>Waits for the next not-yet-awaited event with the given state.</summary>
    public async Task<MqttClientConnectionStateChangedEventArgs> WaitForAsync(bool connected, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? ReceivedMessages.Timeout);
        while (DateTime.UtcNow < deadline)
        {
            lock (_events)
            {
                var index = _events.FindIndex(_consumed, e => e.IsConnected == connected);
                if (index >= 0)
                {
                    _consumed = index + 1;
                    return _events[index];
                }
            }

            await Task.Delay(50, TestContext.Current.CancellationToken);
        }

        throw new TimeoutException($"The client did not become {(connected ? "connected" : "disconnected")}.");
    }
}
