using AiotHub.Gateway.Access;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AiotHub.Gateway.Firmware;

/// <summary>
/// /api/v1/makers/{vendor}/…: the vendor's device-maker tokens only (docs/api.md "Roles"). The route group asks for any
/// signed-in token; each handler then asks this, so any other token — an owner's, another vendor's maker — gets 403.
/// With Api:RequireAuthentication off there is no token and everything passes.
/// </summary>
internal static class MakerAccess
{
    public static ProblemHttpResult? Refuse(HttpContext context, string vendor) =>
        context.GetAccessToken() is { } token && token.MakerOf(vendor) is null
            ? TypedResults.Problem($"Only a device-maker token of '{vendor}' may use /api/v1/makers/{vendor}.", statusCode: StatusCodes.Status403Forbidden, title: "Forbidden.")
            : null;
}
