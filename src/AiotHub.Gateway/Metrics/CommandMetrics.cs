using System.Diagnostics.Metrics;
using AiotHub.Core.Devices;
using AiotHub.Core.Events;
using AiotHub.Gateway.Devices;

namespace AiotHub.Gateway.Metrics;

/// <summary>
/// The meter <c>AiotHub.Commands</c>: every command's outcome and latency, taken from the command-updated events the
/// registry already publishes (after its lock is released, on <see cref="HomeEventFeed.Published"/>), and the commands
/// pending now from the device link's status. Labels are the command's kind and outcome only: no home, device or
/// command id.
/// </summary>
internal sealed class CommandMetrics : IHostedService
{
    public const string MeterName = "AiotHub.Commands";

    /// <summary>Seconds: a local device answers in a millisecond or two; a command that times out waits Devices:CommandTimeout (10 s).</summary>
    private static readonly double[] LatencyBuckets = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60];

    private readonly HomeEventFeed _feed;
    private readonly Action<HomeEvent> _onPublished;
    private readonly Counter<long> _created;
    private readonly Counter<long> _completed;
    private readonly Histogram<double> _latency;

    public CommandMetrics(IMeterFactory meters, DeviceRegistry registry, ScrapeSnapshot<DevicesStatus> status)
    {
        _feed = registry.Events;
        var meter = meters.Create(MeterName);
        _created = meter.CreateCounter<long>("aiothub.commands.created", "{command}", "Commands accepted for a device (set, call, get), by kind.");
        _completed = meter.CreateCounter<long>("aiothub.commands.completed", "{command}",
            "Commands finished, by kind and outcome: applied, rejected (the device answered a non-zero code), timed-out, offline.");
        _latency = meter.CreateHistogram("aiothub.commands.duration", "s",
            "From publishing a command (or accepting it, if never published) to its outcome, by kind and outcome.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = LatencyBuckets });
        meter.CreateObservableUpDownCounter("aiothub.commands.pending", () => status.Value.PendingCommands, "{command}",
            "Commands waiting for the device's reply now.");
        meter.CreateObservableUpDownCounter("aiothub.commands.queued", () => status.Value.QueuedCommands, "{command}",
            "Accepted commands waiting for the device link to send them now (at most Devices:MaxQueuedCommands).");
        meter.CreateObservableCounter("aiothub.commands.refused", () => status.Value.RefusedCommands, "{command}",
            "Commands refused because the queue for the device link was full (Devices:MaxQueuedCommands; the API answered 503).");
        _onPublished = OnPublished;
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _feed.Published += _onPublished;
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _feed.Published -= _onPublished;
        return Task.CompletedTask;
    }

    // On the publisher's thread: note and return.
    private void OnPublished(HomeEvent homeEvent)
    {
        if (homeEvent.Data is not CommandUpdated command)
            return;
        var kind = new KeyValuePair<string, object?>("kind", MetricLabel<CommandKind>.Of(command.Kind));
        if (command.Status == CommandStatus.Pending)
        {
            _created.Add(1, kind);
            return;
        }

        var outcome = new KeyValuePair<string, object?>("outcome", MetricLabel<CommandStatus>.Of(command.Status));
        _completed.Add(1, kind, outcome);
        if (command.LatencyMs is { } latency)
            _latency.Record(latency / 1000, kind, outcome);
    }
}
