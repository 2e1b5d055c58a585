using AiotHub.Mqtt.Broker;

namespace AiotHub.Gateway.Mqtt;

/// <summary>
/// The embedded broker's overload figures for /healthz (docs/mqtt-protocol.md, "Queues and overload"): messages dropped
/// per reason, what waits in the sessions' queues, and publishers paused by backpressure. Shown, not judged.
/// </summary>
public sealed record MqttOverloadStatus(
    long Queued,
    long PublishersPaused,
    long PublisherPauses,
    long DroppedSlowSubscriber,
    long DroppedQueueFull,
    long DroppedTooLarge,
    long DroppedExpired,
    long SlowSubscribersDisconnected)
{
    public static MqttOverloadStatus From(MqttBrokerCounters counters) => new(
        counters.QueuedMessages,
        counters.PublishersPaused,
        counters.PublisherPauses,
        counters.MessagesDroppedSlowSubscriber,
        counters.MessagesDroppedQueueFull,
        counters.MessagesDroppedTooLarge,
        counters.MessagesDroppedExpired,
        counters.SlowSubscribersDisconnected);
}
