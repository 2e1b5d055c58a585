using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace AiotHub.Gateway.Access;

/// <summary>
/// A refused request answers 404 when the token has no role in the route's home — the same answer
/// as for a home that does not exist, so a token learns nothing about other homes — and 403
/// problem+json when it has a role there that is not enough.
/// </summary>
internal sealed class AccessResultHandler : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (!authorizeResult.Forbidden)
        {
            await _default.HandleAsync(next, context, policy, authorizeResult);
            return;
        }

        var homeId = context.GetRouteValue("homeId") as string;
        var result = homeId is not null && context.GetAccessToken()?.RoleIn(homeId) is null
            ? Results.Problem($"No home '{homeId}'.", statusCode: StatusCodes.Status404NotFound, title: "Not found.")
            : Results.Problem("This token's role does not allow this request.", statusCode: StatusCodes.Status403Forbidden, title: "Forbidden.");
        await result.ExecuteAsync(context);
    }
}
