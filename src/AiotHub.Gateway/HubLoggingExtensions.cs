using Microsoft.Extensions.Logging.Console;

namespace AiotHub.Gateway;

/// <summary>
/// builder.AddHubLogging() and app.UseRequestLog(): secrets never reach a log (docs/security.md
/// "Secrets never reach logs"). ASP.NET Core's own request logs write the full URL — an event
/// stream's <c>?access_token=</c>, a webhook's id — so they are held above the levels that would
/// write it, whatever Logging:LogLevel says (these rules are added after appsettings.json's, and the
/// last of equally specific rules wins); the hub's request log (<see cref="RequestLogMiddleware"/>)
/// takes their place with the secrets redacted.
/// </summary>
internal static class HubLoggingExtensions
{
    private static readonly (string Category, LogLevel Minimum)[] Pinned =
    [
        // "Request starting/finished GET http://…/events?access_token=…" (Information).
        ("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.Warning),
        // "1 candidate(s) found for the request path '/api/v1/hooks/…'" (Debug).
        ("Microsoft.AspNetCore.Routing.Matching", LogLevel.Information),
        // "Hosting failed to start" with a stack trace, for a port in use or a SIGTERM alike:
        // GatewayRunExtensions says what happened instead (its BackgroundService Critical stays).
        ("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.Critical),
    ];

    public static IHostApplicationBuilder AddHubLogging(this IHostApplicationBuilder builder)
    {
        foreach (var (category, minimum) in Pinned)
        {
            builder.Logging.AddFilter(category, minimum);
            // A provider's own rule (Logging:Console:LogLevel:…) would beat one for every provider.
            builder.Logging.AddFilter<ConsoleLoggerProvider>(category, minimum);
        }

        return builder;
    }

    public static WebApplication UseRequestLog(this WebApplication app)
    {
        app.UseMiddleware<RequestLogMiddleware>();
        return app;
    }
}
