namespace AiotHub.Gateway.Firmware.Rollouts;

/// <summary>The rollout engine's log messages (no home ids; device ids only at debug level).</summary>
internal static partial class RolloutLog
{
    [LoggerMessage(EventId = 7601, Level = LogLevel.Information, Message = "Rollout {RolloutId} of {Model} {Version}: {Event} {Detail}")]
    public static partial void Changed(ILogger logger, string rolloutId, string model, string version, string @event, string? detail);

    [LoggerMessage(EventId = 7602, Level = LogLevel.Information, Message = "Resumed {Rollouts} rollouts with {Jobs} unfinished jobs from hub.db")]
    public static partial void Resumed(ILogger logger, int rollouts, int jobs);

    [LoggerMessage(EventId = 7603, Level = LogLevel.Debug, Message = "A status for job {JobId} from {DeviceId} matches no job of that device; ignored")]
    public static partial void UnknownJob(ILogger logger, string jobId, string deviceId);

    [LoggerMessage(EventId = 7604, Level = LogLevel.Error, Message = "A rollout pass failed; it runs again at the next tick")]
    public static partial void PassFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 7605, Level = LogLevel.Warning, Message = "The OTA channel refused {Count} commands (full); they are sent again at a later tick")]
    public static partial void ChannelFull(ILogger logger, int count);

    [LoggerMessage(EventId = 7606, Level = LogLevel.Information, Message = "Update job {JobId} on {DeviceId}: {State} {Code} {Detail}")]
    public static partial void JobEnded(ILogger logger, string jobId, string deviceId, RolloutJobState state, int code, string? detail);
}
