namespace AiotHub.Gateway.Backup;

/// <summary>What a backup logs: sizes, times and who asked — never a path inside the archive's secrets or a token.</summary>
internal static partial class BackupLog
{
    [LoggerMessage(EventId = 6000, Level = LogLevel.Information,
        Message = "Backup taken for token {TokenId}: {Files} files, {Bytes} bytes, consistent copies in {Milliseconds:0} ms (hub.db {HubDbMilliseconds:0} ms, telemetry.db {TelemetryMilliseconds:0} ms, broker {BrokerMilliseconds:0} ms)")]
    public static partial void Taken(ILogger logger, string? tokenId, int files, long bytes, double milliseconds,
        double hubDbMilliseconds, double telemetryMilliseconds, double brokerMilliseconds);

    [LoggerMessage(EventId = 6001, Level = LogLevel.Information, Message = "Backup sent: {Bytes} bytes of archive in {Milliseconds:0} ms")]
    public static partial void Sent(ILogger logger, long bytes, double milliseconds);

    [LoggerMessage(EventId = 6002, Level = LogLevel.Warning, Message = "Backup refused: {Reason}")]
    public static partial void Refused(ILogger logger, string reason);

    [LoggerMessage(EventId = 6003, Level = LogLevel.Error, Message = "Backup failed")]
    public static partial void Failed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 6004, Level = LogLevel.Warning, Message = "Backup: writing what was queued before the copy failed; the copy holds what was on disk ({Store})")]
    public static partial void FlushFailed(ILogger logger, string store, Exception exception);

    [LoggerMessage(EventId = 6005, Level = LogLevel.Warning, Message = "Backup cut after {Milliseconds:0} ms: {Reason}")]
    public static partial void Cut(ILogger logger, double milliseconds, string reason);
}
