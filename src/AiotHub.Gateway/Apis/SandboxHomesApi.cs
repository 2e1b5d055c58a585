using AiotHub.Core.Devices;
using AiotHub.Gateway.Access;
using AiotHub.Gateway.Provisioning;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AiotHub.Gateway.Apis;

/// <summary>
/// POST /api/v1/homes — a <b>sandbox</b> home, apart from the household's real one, where integrators may provision
/// simulated fleets (docs/security.md "Per-device credentials"). The token that makes it becomes its owner (and
/// makes integrator tokens for it with the tokens API). Policy: the owner of a home (<see cref="AccessPolicy.HomeCreate"/>);
/// at most <see cref="SandboxHomes.MaxHomes"/>.
/// </summary>
internal static class SandboxHomesApi
{
    public static RouteHandlerBuilder MapSandboxHomesApi(this IEndpointRouteBuilder app) =>
        app.MapPost("/api/v1/homes", CreateHome).WithTags("Homes").RequireAuthorization(AccessPolicy.HomeCreate);

    internal static Results<Created<HomeResponse>, ValidationProblem, ProblemHttpResult> CreateHome(
        CreateHomeRequest? request, HttpContext context, DeviceRegistry registry, SandboxHomes sandboxes, AccessTokens tokens, TimeProvider time)
    {
        var name = request?.Name?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > HomesApi.MaxNameLength || name.Any(char.IsControl))
            return ApiProblems.Validation("$.name", $"a home needs a name of 1 to {HomesApi.MaxNameLength} characters without control characters");
        if (sandboxes.Count >= SandboxHomes.MaxHomes)
            return ApiProblems.Conflict($"This hub has {SandboxHomes.MaxHomes} sandbox homes, the most it keeps.");
        var token = context.GetAccessToken();
        var home = registry.CreateHome(name);
        sandboxes.Add(home.Id, time.GetUtcNow(), token?.Id);
        if (token is not null)
            tokens.AddGrant(token.Id, new AccessGrant(home.Id, AccessRole.Owner));
        return TypedResults.Created($"/api/v1/homes/{home.Id}", new HomeResponse(home.Id, home.Name, [], 0, AccessRole.Owner, Sandbox: true));
    }
}
