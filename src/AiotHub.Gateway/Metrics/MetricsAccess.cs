using AiotHub.Gateway.Access;
using Microsoft.AspNetCore.Authentication;

namespace AiotHub.Gateway.Metrics;

/// <summary>
/// The door of /metrics, in front of the exporter: the figures are hub-wide, so they go where /healthz's figures go
/// (<see cref="HubFigures"/>: the hub's own machine, an owner or integrator of the default home). Anyone else without a
/// valid token is challenged (401 with WWW-Authenticate: Bearer, as on /api/v1); a valid token of another role is 403.
/// </summary>
internal static class MetricsAccess
{
    public static async Task GuardAsync(HttpContext context, RequestDelegate next)
    {
        if (HubFigures.MaySee(context))
        {
            await next(context);
            return;
        }

        if (context.GetAccessToken() is null)
        {
            await context.ChallengeAsync();
            return;
        }

        await TypedResults.Problem("Metrics are for the hub's own machine and for an owner or integrator of the default home.",
            statusCode: StatusCodes.Status403Forbidden, title: "Forbidden.").ExecuteAsync(context);
    }
}
