namespace AiotHub.Gateway.Activity;

/// <summary>The activity log's messages.</summary>
internal static partial class ActivityLog
{
    [LoggerMessage(EventId = 7200, Level = LogLevel.Error, Message = "Activity log write-behind batch failed; it is retried with the next one")]
    public static partial void StoreFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 7201, Level = LogLevel.Warning, Message = "{Count} unreadable activity rows were set aside into activity_set_aside (first: {Reason})")]
    public static partial void RowsSetAside(ILogger logger, int count, string reason);

    [LoggerMessage(EventId = 7202, Level = LogLevel.Error, Message = "Recording activity failed; the entry is lost")]
    public static partial void RecordFailed(ILogger logger, Exception exception);
}
