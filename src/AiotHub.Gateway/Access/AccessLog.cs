namespace AiotHub.Gateway.Access;

/// <summary>Access log messages, source-generated.</summary>
internal static partial class AccessLog
{
    [LoggerMessage(EventId = 4000, Level = LogLevel.Warning,
        Message = "No owner yet. One-time setup code: {Code} (POST /api/v1/setup {{\"code\": …, \"name\": …}} from this machine; see docs/api.md)")]
    public static partial void SetupCode(ILogger logger, string code);

    [LoggerMessage(EventId = 4001, Level = LogLevel.Information, Message = "Owner token '{Name}' created through setup")]
    public static partial void SetupDone(ILogger logger, string name);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Warning, Message = "Api:RequireAuthentication is false: every /api/v1 call is allowed without a token")]
    public static partial void AuthenticationOff(ILogger logger);
}
