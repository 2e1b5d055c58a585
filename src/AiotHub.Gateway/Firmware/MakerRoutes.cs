using AiotHub.Gateway.Access;

namespace AiotHub.Gateway.Firmware;

/// <summary>
/// <c>/api/v1/makers/{vendor}</c>: everything below is the maker's of that vendor only — a device-maker token whose
/// namespace is <c>{vendor}</c> (<see cref="AccessToken.MakerOf"/>); any other token, an owner's included, is 403 and
/// learns nothing (docs/ota.md "Roles"). The catalogue, rollouts and feedback each map their routes on such a group.
/// </summary>
internal static class MakerRoutes
{
    public static RouteGroupBuilder MapMakerGroup(this IEndpointRouteBuilder app, string tag) =>
        app.MapGroup("/api/v1/makers/{vendor}").WithTags(tag).RequireAuthorization(AccessPolicy.SignedIn).AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            var vendor = http.GetRouteValue("vendor") as string ?? "";
            // No token only when Api:RequireAuthentication is off (a trusted bench): everything is open there.
            if (http.GetAccessToken() is { } token && token.MakerOf(vendor) is null)
                return TypedResults.Problem(
                    $"Only a device-maker token of the namespace '{vendor}' may use /api/v1/makers/{vendor}.",
                    statusCode: StatusCodes.Status403Forbidden, title: "Forbidden.");
            return await next(context);
        });
}
