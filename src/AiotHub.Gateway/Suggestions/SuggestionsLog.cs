namespace AiotHub.Gateway.Suggestions;

/// <summary>The mining service's log messages.</summary>
internal static partial class SuggestionsLog
{
    [LoggerMessage(EventId = 7301, Level = LogLevel.Information, Message = "Mined home {HomeId}: {Entries} activity entries, {Suggestions} suggestions, {Milliseconds} ms")]
    public static partial void Mined(ILogger logger, string homeId, int entries, int suggestions, long milliseconds);

    [LoggerMessage(EventId = 7302, Level = LogLevel.Error, Message = "Mining home {HomeId} failed; it is tried again at the next pass")]
    public static partial void PassFailed(ILogger logger, string homeId, Exception exception);

    [LoggerMessage(EventId = 7303, Level = LogLevel.Warning, Message = "The mining thread's priority could not be lowered; it runs at normal priority")]
    public static partial void NotLowered(ILogger logger);
}
