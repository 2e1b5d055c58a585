namespace AiotHub.Gateway.Automations;

/// <summary>The automation engine's and its store's log messages.</summary>
internal static partial class AutomationsLog
{
    [LoggerMessage(EventId = 6001, Level = LogLevel.Error, Message = "Automation trace write-behind batch failed; it is retried with the next one")]
    public static partial void StoreFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 6002, Level = LogLevel.Error, Message = "The automation engine failed to handle an event; it goes on with the next")]
    public static partial void EngineFailed(ILogger logger, Exception exception);
}
