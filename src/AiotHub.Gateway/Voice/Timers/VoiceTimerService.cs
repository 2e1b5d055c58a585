using AiotHub.Automation.Voice;
using AiotHub.Automation.Voice.Timers;
using AiotHub.Core.Activity;

namespace AiotHub.Gateway.Voice.Timers;

/// <summary>Carries out spoken timers while the hub runs: loads the stored ones at start and runs each through the voice engine when due.</summary>
internal sealed partial class VoiceTimerService(VoiceTimers timers, VoiceEngine engine, ILogger<VoiceTimerService> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var (late, unreadable) = timers.Start(Fire);
        foreach (var timer in late)
            LogLate(logger, timer.Id, timer.HomeId, timer.Action.Intent, timer.Due);
        if (unreadable.Count > 0)
            LogUnreadable(logger, unreadable.Count, string.Join(", ", unreadable));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        timers.Dispose();
        return Task.CompletedTask;
    }

    private void Fire(VoiceTimer timer)
    {
        try
        {
            // The person spoke when the timer was set; what it does now is the hub's doing, not a routine of theirs.
            var result = engine.Execute(timer.HomeId, timer.Action, timer.Source, timer.StartedBy, new CommandOrigin(ActivitySource.Hub, timer.Id));
            LogRan(logger, timer.Id, timer.HomeId, result.Intent, result.CommandIds.Count, result.Answer);
        }
        catch (Exception e)
        {
            LogFailed(logger, e, timer.Id, timer.HomeId);
            throw;
        }
    }

    [LoggerMessage(EventId = 5600, Level = LogLevel.Information, Message = "Voice timer {TimerId} of home {HomeId} ran: {Intent}, {Commands} command(s); \"{Answer}\"")]
    private static partial void LogRan(ILogger logger, string timerId, string homeId, string intent, int commands, string answer);

    [LoggerMessage(EventId = 5601, Level = LogLevel.Warning, Message = "Voice timer {TimerId} of home {HomeId} ({Intent}) was due at {Due} while the hub was stopped, past the grace; dropped, not run")]
    private static partial void LogLate(ILogger logger, string timerId, string homeId, string intent, DateTimeOffset due);

    [LoggerMessage(EventId = 5602, Level = LogLevel.Warning, Message = "{Count} stored voice timer(s) could not be read and were set aside: {Ids}")]
    private static partial void LogUnreadable(ILogger logger, int count, string ids);

    [LoggerMessage(EventId = 5603, Level = LogLevel.Error, Message = "Voice timer {TimerId} of home {HomeId} failed")]
    private static partial void LogFailed(ILogger logger, Exception exception, string timerId, string homeId);
}
