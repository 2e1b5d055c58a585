using AiotHub.Automation.Modes;
using AiotHub.Core.Activity;
using AiotHub.Core.Devices;
using AiotHub.Core.Events;
using AiotHub.Gateway.Apis;

namespace AiotHub.Gateway.Activity;

/// <summary>
/// Records the activity log while the hub runs: the <see cref="ActivityRecorder"/> over the registry's feed, and home
/// mode changes (an Automation type Core does not know) with who made them. Registered before the device link starts,
/// so the first reports after a start are seen.
/// </summary>
internal sealed class ActivityRecording(DeviceRegistry registry, ActivityStore store, TimeProvider time, ILogger<ActivityRecorder> logger) : IHostedService, IDisposable
{
    private ActivityRecorder? _recorder;

    /// <summary>Entries the recorder could not record (a counter for metrics).</summary>
    public long Failed => _recorder?.Failed ?? 0;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _recorder = new ActivityRecorder(registry, store, time, new ActivityRecorderOptions { OnError = e => ActivityLog.RecordFailed(logger, e) });
        registry.Events.Published += OnPublished;
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        registry.Events.Published -= OnPublished;
        _recorder?.Dispose();
    }

    /// <summary>Who set a mode, from the source <see cref="HomeModes.Set"/> was given ("api", "voice", "automation:&lt;id&gt;").</summary>
    internal static CommandOrigin ModeOrigin(string? source) => source switch
    {
        HomeModeApi.HomeModeSource => CommandOrigin.App(null),
        "voice" => CommandOrigin.Voice(null),
        { } s when s.StartsWith("automation:", StringComparison.Ordinal) => CommandOrigin.Automation(s["automation:".Length..]),
        _ => CommandOrigin.Hub,
    };

    private void OnPublished(HomeEvent e)
    {
        if (e.Data is HomeModeChanged changed)
            _recorder?.RecordMode(e.HomeId, e.Time, changed.Mode, ModeOrigin(changed.Source));
    }
}
