namespace AiotHub.Gateway;

/// <summary>The hub's own hosting messages: how a start ends when it cannot go on, data left behind, requests.</summary>
internal static partial class HostingLog
{
    /// <summary>The category of the messages the hub writes in place of the host's own.</summary>
    public const string Category = "AiotHub.Gateway.Hosting";

    [LoggerMessage(EventId = 5000, Level = LogLevel.Warning,
        Message = "Found hub data of an earlier version in {Old}; this hub keeps its data in {Current} and starts without it. Move the files there, or start with --Devices:DataDirectory={Old} (and --Mqtt:Persistence:DataDirectory={Old}/broker)")]
    public static partial void OldDataFound(ILogger logger, string old, string current);

    [LoggerMessage(EventId = 5001, Level = LogLevel.Critical, Message = "Cannot start: {Problem} Change {Setting}.")]
    public static partial void PortInUse(ILogger logger, string problem, string setting);

    [LoggerMessage(EventId = 5002, Level = LogLevel.Critical, Message = "Cannot start: {Reason}")]
    public static partial void SettingRefused(ILogger logger, string reason);

    [LoggerMessage(EventId = 5003, Level = LogLevel.Critical, Message = "The hub stopped on an unexpected error")]
    public static partial void Failed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 5004, Level = LogLevel.Information, Message = "Stopped while starting, as asked.")]
    public static partial void StoppedWhileStarting(ILogger logger);

    [LoggerMessage(EventId = 5010, Level = LogLevel.Debug, Message = "{Method} {Target} → {Status} in {Milliseconds:0.0} ms")]
    public static partial void Request(ILogger logger, string method, string target, int status, double milliseconds);
}
