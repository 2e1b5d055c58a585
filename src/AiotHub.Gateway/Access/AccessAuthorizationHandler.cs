using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace AiotHub.Gateway.Access;

/// <summary>Checks an <see cref="AccessRequirement"/> against the request's token; everything passes with Api:RequireAuthentication off.</summary>
internal sealed class AccessAuthorizationHandler(IOptions<AccessOptions> options) : AuthorizationHandler<AccessRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, AccessRequirement requirement)
    {
        if (!options.Value.RequireAuthentication)
        {
            context.Succeed(requirement);
            return Task.CompletedTask;
        }

        if (context.Resource is not HttpContext http || http.GetAccessToken() is not { } token)
            return Task.CompletedTask;

        var granted =
            (requirement.InRouteHome is { } inHome && token.RoleIn(http.GetRouteValue("homeId") as string) is { } role && inHome.Contains(role)) ||
            (requirement.InAnyHome is { } anyHome && token.Grants.Any(g => g.HomeId is not null && anyHome.Contains(g.Role))) ||
            (requirement.DeviceMaker && token.IsDeviceMaker);
        if (granted)
            context.Succeed(requirement);
        return Task.CompletedTask;
    }
}
