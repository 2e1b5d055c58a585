using System.Diagnostics.Metrics;
using AiotHub.Core.Activity;

namespace AiotHub.Gateway.Activity;

/// <summary>
/// The meter <c>AiotHub.Activity</c>: the activity log's queue (its bound, its policy's counters), read at scrape time.
/// No labels: nothing about a home or a person.
/// </summary>
internal sealed class ActivityMetrics : IHostedService
{
    public const string MeterName = "AiotHub.Activity";

    public ActivityMetrics(IMeterFactory meters, ActivityStore store, ActivityRecording recording)
    {
        ArgumentNullException.ThrowIfNull(meters);
        var meter = meters.Create(MeterName);
        meter.CreateObservableUpDownCounter("aiothub.activity.queued", () => store.Queued, "{entry}",
            "Activity entries waiting for the next batch to hub.db now (past Activity:MaxQueued an append writes first).");
        meter.CreateObservableCounter("aiothub.activity.dropped", () => store.Dropped, "{entry}",
            "Activity entries dropped because the queue was full and writing it failed.");
        meter.CreateObservableCounter("aiothub.activity.failed", () => recording.Failed, "{entry}",
            "Activity entries the recorder could not record (logged with the reason).");
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
