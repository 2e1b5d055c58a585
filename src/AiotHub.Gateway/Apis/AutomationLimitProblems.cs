using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AiotHub.Gateway.Apis;

/// <summary>
/// 429 problem+json for a run a limit of docs/automations.md "Limits" refused: <c>limit</c> names the setting
/// (<c>Automations:Limits:ConcurrentRunsPerHome</c>), <c>runId</c> the trace that records the refusal, and
/// Retry-After says when to try again (a run in progress may end at any moment: one second).
/// </summary>
internal static class AutomationLimitProblems
{
    public const int RetryAfterSeconds = 1;

    public static ProblemHttpResult TooManyRuns(HttpContext context, string detail, string limit, string? runId)
    {
        context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        var extensions = new Dictionary<string, object?> { ["limit"] = limit };
        if (runId is not null)
            extensions["runId"] = runId;
        return TypedResults.Problem(detail, statusCode: StatusCodes.Status429TooManyRequests, title: "Too many runs.", extensions: extensions);
    }
}
