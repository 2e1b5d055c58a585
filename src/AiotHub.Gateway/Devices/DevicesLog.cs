namespace AiotHub.Gateway.Devices;

/// <summary>The device bridge's log messages, source-generated.</summary>
internal static partial class DevicesLog
{
    [LoggerMessage(EventId = 2000, Level = LogLevel.Information, Message = "Device profiles: {Count} models loaded from {Directory}")]
    public static partial void ProfilesLoaded(ILogger logger, int count, string directory);

    [LoggerMessage(EventId = 2001, Level = LogLevel.Warning, Message = "Device profile skipped: {Problem}")]
    public static partial void ProfileProblem(ILogger logger, string problem);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Information, Message = "Device registry: {Devices} devices in {Path}")]
    public static partial void RegistryOpened(ILogger logger, int devices, string path);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Information, Message = "Device bridge linked to {Link}, subscribed to {Filter}")]
    public static partial void Connected(ILogger logger, string link, string filter);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Warning, Message = "Device bridge cannot link to {Link}; retrying in {Delay}")]
    public static partial void ConnectFailed(ILogger logger, Exception exception, string link, TimeSpan delay);

    [LoggerMessage(EventId = 2005, Level = LogLevel.Information, Message = "Malformed message from device {DeviceId} on {Topic}: {Reason}")]
    public static partial void Malformed(ILogger logger, string deviceId, string topic, string reason);

    [LoggerMessage(EventId = 2006, Level = LogLevel.Information, Message = "Device {DeviceId}: {Count} values or arguments refused, first: {First}")]
    public static partial void InvalidValues(ILogger logger, string deviceId, int count, string first);

    [LoggerMessage(EventId = 2007, Level = LogLevel.Information, Message = "Device {DeviceId} replied to unknown or finished command {CommandId}")]
    public static partial void UnknownReply(ILogger logger, string deviceId, string commandId);

    [LoggerMessage(EventId = 2008, Level = LogLevel.Warning, Message = "Command {CommandId} to device {DeviceId} could not be published")]
    public static partial void PublishFailed(ILogger logger, Exception exception, string commandId, string deviceId);

    [LoggerMessage(EventId = 2011, Level = LogLevel.Warning, Message = "Command {CommandId} to device {DeviceId} was refused by the broker")]
    public static partial void PublishRefused(ILogger logger, string commandId, string deviceId);

    [LoggerMessage(EventId = 2009, Level = LogLevel.Error, Message = "Device registry write-behind batch failed; it is retried with the next one")]
    public static partial void StoreFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 2010, Level = LogLevel.Error, Message = "Device message on {Topic} could not be recorded")]
    public static partial void HandlerFailed(ILogger logger, Exception exception, string topic);

    [LoggerMessage(EventId = 2040, Level = LogLevel.Warning, Message = "The retained messages of removed device {DeviceId} could not be cleared in the broker")]
    public static partial void ClearRetainedFailed(ILogger logger, Exception exception, string deviceId);

    [LoggerMessage(EventId = 2041, Level = LogLevel.Information, Message = "Device {DeviceId} removed (history: {History}, {CommandsEnded} pending commands ended, retained messages cleared: {Cleared})")]
    public static partial void Removed(ILogger logger, string deviceId, string history, int commandsEnded, bool cleared);

    [LoggerMessage(EventId = 2050, Level = LogLevel.Warning, Message = "Firmware {Op} of job {JobId} to device {DeviceId} could not be published")]
    public static partial void OtaPublishFailed(ILogger logger, Exception exception, string op, string jobId, string deviceId);

    [LoggerMessage(EventId = 2051, Level = LogLevel.Warning, Message = "Firmware {Op} of job {JobId} to device {DeviceId} was refused by the broker")]
    public static partial void OtaPublishRefused(ILogger logger, string op, string jobId, string deviceId);
}
