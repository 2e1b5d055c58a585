using System.Diagnostics.Metrics;
using AiotHub.Gateway.Mqtt;
using AiotHub.Mqtt.Broker;

namespace AiotHub.Gateway.Metrics;

/// <summary>
/// The meter <c>AiotHub.Mqtt</c>: the bus as /healthz counts it (connections, messages in and out: the embedded broker's,
/// or in External mode the hub's own client's), and in Embedded mode the broker's own counters (bytes, connections
/// accepted, messages dropped by reason). Every instrument is observable: it reads <see cref="MqttBrokerCounters"/> when
/// scraped, so the broker's paths carry no metrics code.
/// </summary>
internal sealed class MqttMetrics : IHostedService
{
    public const string MeterName = "AiotHub.Mqtt";

    /// <summary>Why the broker did not deliver a message: one line per drop counter of <see cref="MqttBrokerCounters"/>.</summary>
    private static readonly (string Reason, Func<MqttBrokerCounters, long> Read)[] Drops =
    [
        ("queue-full", c => c.MessagesDroppedQueueFull),
        ("slow-subscriber", c => c.MessagesDroppedSlowSubscriber),
        ("too-large", c => c.MessagesDroppedTooLarge),
        ("expired", c => c.MessagesDroppedExpired),
    ];

    private readonly IMqttStatusSource _status;
    private readonly EmbeddedBrokerService _embedded;
    private readonly ScrapeSnapshot<MqttSessionQueueFigures?> _queues;

    public MqttMetrics(IMeterFactory meters, IMqttStatusSource status, EmbeddedBrokerService embedded, TimeProvider time)
    {
        _status = status;
        _embedded = embedded;
        _queues = new ScrapeSnapshot<MqttSessionQueueFigures?>(() => _embedded.Broker?.GetQueueFigures(), time);
        var meter = meters.Create(MeterName);
        meter.CreateObservableUpDownCounter("aiothub.mqtt.connections", () => _status.GetStatus().Connections, "{connection}",
            "Network connections open now (the embedded broker's; in External mode 1 while the hub is connected).");
        meter.CreateObservableCounter("aiothub.mqtt.messages", ObserveMessages, "{message}",
            "PUBLISH messages: direction=in received (from clients and in-process publishers), direction=out written to clients (redeliveries included).");
        meter.CreateObservableCounter("aiothub.mqtt.connections.accepted", () => Broker(c => c.TotalConnections), "{connection}",
            "Network connections the embedded broker accepted since start.");
        meter.CreateObservableCounter("aiothub.mqtt.io", ObserveBytes, "By", "Bytes the embedded broker read (direction=in) and wrote (direction=out).");
        meter.CreateObservableCounter("aiothub.mqtt.messages.dropped", () => Broker("reason", Drops), "{message}",
            "Messages the embedded broker did not deliver, by reason: queue-full (the queue of an absent client's session, or a "
            + "producer that cannot wait, Mqtt:QueueFullPolicy), slow-subscriber (QoS 0 for a connected subscriber that is the slow one), "
            + "too-large (over the client's Maximum Packet Size), expired (Message Expiry Interval elapsed in the queue).");
        meter.CreateObservableUpDownCounter("aiothub.mqtt.publishers.paused", () => Broker(c => c.PublishersPaused), "{connection}",
            "Publishers whose reading the embedded broker has paused now (backpressure) until a subscriber's full queue has room.");
        meter.CreateObservableCounter("aiothub.mqtt.publisher.pauses", () => Broker(c => c.PublisherPauses), "{pause}",
            "How often a publisher's reading was paused for a subscriber's full queue since start.");
        meter.CreateObservableCounter("aiothub.mqtt.slow_subscribers.disconnected", () => Broker(c => c.SlowSubscribersDisconnected), "{connection}",
            "Subscribers disconnected because they kept a publisher paused for the slow-subscriber timeout (10 s).");
        meter.CreateObservableUpDownCounter("aiothub.mqtt.sessions", () => Queues(q => q.Sessions), "{session}",
            "Sessions the embedded broker holds, connected or not (persistent sessions of absent clients included).");
        meter.CreateObservableUpDownCounter("aiothub.mqtt.queued", () => Queues(q => q.Queued), "{message}",
            "Messages waiting in the embedded broker's session queues for delivery now, summed over sessions (each bounded by Mqtt:MaximumQueuedMessagesPerClient).");
        meter.CreateObservableUpDownCounter("aiothub.mqtt.inflight", () => Queues(q => q.Inflight), "{message}",
            "QoS 1 and 2 messages the embedded broker has sent and not yet had acknowledged, summed over sessions.");
    }

    private Measurement<long>[] ObserveMessages()
    {
        var status = _status.GetStatus();
        return [new(status.MessagesIn, Direction("in")), new(status.MessagesOut, Direction("out"))];
    }

    private IEnumerable<Measurement<long>> ObserveBytes() =>
        _embedded.Broker?.Counters is { } c ? [new(c.BytesIn, Direction("in")), new(c.BytesOut, Direction("out"))] : [];

    private IEnumerable<Measurement<long>> Broker(Func<MqttBrokerCounters, long> read) =>
        _embedded.Broker?.Counters is { } c ? [new(read(c))] : [];

    private IEnumerable<Measurement<long>> Broker(string label, (string Value, Func<MqttBrokerCounters, long> Read)[] figures) =>
        _embedded.Broker?.Counters is { } c
            ? figures.Select(f => new Measurement<long>(f.Read(c), new KeyValuePair<string, object?>(label, f.Value)))
            : [];

    private IEnumerable<Measurement<long>> Queues(Func<MqttSessionQueueFigures, long> read) =>
        _queues.Value is { } figures ? [new(read(figures))] : [];

    private static KeyValuePair<string, object?> Direction(string direction) => new("direction", direction);

    // Hosted only so that the instruments exist from the start; they read their module when scraped.
    Task IHostedService.StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    Task IHostedService.StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
