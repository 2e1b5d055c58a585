using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AiotHub.Gateway.Apis;

/// <summary>
/// 503 problem+json for a command refused because the hub's command outbox is full (Devices:MaxQueuedCommands): the
/// hub is overloaded, not the request wrong; nothing was recorded or sent, and Retry-After says to try again in a second.
/// </summary>
internal static class CommandQueueProblems
{
    public const int RetryAfterSeconds = 1;

    public static ProblemHttpResult Full(HttpContext context, string detail)
    {
        context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        return TypedResults.Problem(detail, statusCode: StatusCodes.Status503ServiceUnavailable, title: "The command queue is full.");
    }
}
