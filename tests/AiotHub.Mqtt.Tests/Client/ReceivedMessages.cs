using System.Text;
using AiotHub.Mqtt.Client;

namespace AiotHub.Mqtt.Tests.Client;

/// <summary>Collects what a client receives and waits, generously, for what a test expects.</summary>
internal sealed class ReceivedMessages
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);
    private readonly List<MqttApplicationMessage> _messages = [];
    private readonly SemaphoreSlim _arrived = new(0);

    public ReceivedMessages(MqttClient client) => client.MessageReceived = message =>
    {
        lock (_messages)
        {
            _messages.Add(message);
        }

        _arrived.Release();
        return ValueTask.CompletedTask;
    };

    public IReadOnlyList<MqttApplicationMessage> Snapshot()
    {
        lock (_messages)
        {
            return [.. _messages];
        }
    }

    /// <summary>Waits until at least <paramref name="count"/> messages matching <paramref name="predicate"/> arrived.</summary>
    public async Task<IReadOnlyList<MqttApplicationMessage>> WaitForAsync(int count, Func<MqttApplicationMessage, bool>? predicate = null,
        TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? Timeout);
        while (true)
        {
            var matching = Snapshot().Where(predicate ?? (_ => true)).ToList();
            if (matching.Count >= count)
            {
                return matching;
            }

            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero)
            {
                throw new TimeoutException($"Expected {count} messages, got {matching.Count}: " +
                    string.Join(", ", Snapshot().Select(m => $"{m.Topic}={Encoding.UTF8.GetString(m.Payload.Span)}")));
            }

            await _arrived.WaitAsync(left < TimeSpan.FromMilliseconds(200) ? left : TimeSpan.FromMilliseconds(200), TestContext.Current.CancellationToken);
        }
    }

    public Task<IReadOnlyList<MqttApplicationMessage>> WaitForTopicAsync(string topic, int count = 1, TimeSpan? timeout = null) =>
        WaitForAsync(count, m => m.Topic == topic, timeout);
}
