using AiotHub.Gateway.Access;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AiotHub.Gateway.Apis;

/// <summary>
/// <c>GET /api/v1/makers</c>: the vendor namespaces the token is the device maker of (none for a home's token), so a
/// client signed in with a device-maker token — which sees no home — knows whose releases, rollouts and feedback
/// (<c>/api/v1/makers/{vendor}/…</c>) to show. Any valid token (<see cref="AccessPolicy.SignedIn"/>).
/// </summary>
internal static class MakersApi
{
    public static RouteHandlerBuilder MapMakersApi(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/makers", ListMakers).WithTags("Firmware").RequireAuthorization(AccessPolicy.SignedIn);

    internal static Ok<MakerList> ListMakers(HttpContext context) =>
        TypedResults.Ok(new MakerList((context.GetAccessToken()?.Grants ?? [])
            .Where(g => g.Role == AccessRole.DeviceMaker && g.HomeId is not null && g.Namespace is not null)
            .Select(g => new Maker(g.Namespace!))
            .Distinct()
            .OrderBy(m => m.Vendor, StringComparer.Ordinal)
            .ToList()));
}
