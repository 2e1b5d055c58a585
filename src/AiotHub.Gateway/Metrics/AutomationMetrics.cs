using System.Diagnostics.Metrics;
using AiotHub.Automation.Automations;
using AiotHub.Automation.Traces;
using AiotHub.Core.Events;

namespace AiotHub.Gateway.Metrics;

/// <summary>
/// The meter <c>AiotHub.Automation</c>: automation runs by result, from the automation-run-finished events the engine
/// already publishes (a run that never started — skipped, rate-limited — included), and the engine's runs in progress
/// and events waiting for it now. Labels are the result only: no home, automation or run id.
/// </summary>
internal sealed class AutomationMetrics : IHostedService
{
    public const string MeterName = "AiotHub.Automation";

    private readonly HomeEventFeed _feed;
    private readonly Action<HomeEvent> _onPublished;
    private readonly Counter<long> _runs;

    public AutomationMetrics(IMeterFactory meters, AutomationEngine engine, AutomationCatalog catalog, AiotHub.Core.Devices.DeviceRegistry registry)
    {
        _feed = registry.Events;
        var meter = meters.Create(MeterName);
        _runs = meter.CreateCounter<long>("aiothub.automation.runs", "{run}",
            "Automation runs finished, by result: succeeded, partial, failed, conditions-failed, skipped, rate-limited, loop-stopped, "
            + "cancelled, interrupted, stopped (docs/automations.md).");
        meter.CreateObservableUpDownCounter("aiothub.automation.runs.active", () => engine.RunsInProgress, "{run}",
            "Runs in progress now (waiting in a delay, a wait or for a command included).");
        meter.CreateObservableUpDownCounter("aiothub.automation.queued", () => engine.QueuedEvents, "{event}",
            "Matched events waiting for the engine's loop now (at most Automations:MaxQueuedEvents).");
        meter.CreateObservableCounter("aiothub.automation.events.dropped", () => engine.DroppedEvents, "{event}",
            "Matched events dropped because the engine's queue was full (Automations:MaxQueuedEvents): the runs they would have started did not run.");
        meter.CreateObservableCounter("aiothub.automation.rechecks.widened", () => catalog.WidenedRechecks, "{event}",
            "Device changes that found the availability re-check queue full and widened the next re-check to every home.");
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
        if (homeEvent.Data is AutomationRunFinished run)
            _runs.Add(1, new KeyValuePair<string, object?>("result", MetricLabel<AutomationRunResult>.Of(run.Result)));
    }
}
