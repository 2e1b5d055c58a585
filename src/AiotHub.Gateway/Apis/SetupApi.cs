using System.Net;
using AiotHub.Core.Devices;
using AiotHub.Gateway.Access;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AiotHub.Gateway.Apis;

/// <summary>
/// POST /api/v1/setup — anonymous, loopback only: trades the one-time setup code printed at first
/// start for the default home's owner token (shown once). 409 once an owner exists.
/// </summary>
internal static class SetupApi
{
    public static IEndpointRouteBuilder MapSetupApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/setup", Setup).WithTags("Access").AllowAnonymous()
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }

    internal static Results<Created<TokenResponse>, ValidationProblem, ProblemHttpResult> Setup(
        SetupRequest? request, HttpContext context, AccessTokens tokens, ILogger<AccessTokens> logger)
    {
        if (!IsLocal(context.Connection.RemoteIpAddress))
            return TypedResults.Problem("Setup is accepted only from the hub's own machine (loopback).", statusCode: StatusCodes.Status403Forbidden, title: "Forbidden.");
        if (tokens.SetupCode is null)
            return ApiProblems.Conflict("The hub already has an owner; ask them for a token.");

        var name = request?.Name?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > HomesApi.MaxNameLength)
            return ApiProblems.Validation("$.name", $"a token needs a name of 1 to {HomesApi.MaxNameLength} characters");
        if (tokens.TrySetup(request?.Code, name, DeviceRegistry.DefaultHomeId) is not { } created)
            return ApiProblems.Validation("$.code", "not the setup code the hub printed at start");

        AccessLog.SetupDone(logger, name);
        return TypedResults.Created($"/api/v1/homes/{DeviceRegistry.DefaultHomeId}/tokens/{created.Token.Id}",
            TokenResponse.From(created.Token, DeviceRegistry.DefaultHomeId, created.Secret));
    }

    /// <summary>
    /// Loopback, or no remote address at all: an in-process or Unix-socket caller, which is on
    /// this machine too. Behind a reverse proxy on the same machine every caller looks local, so
    /// finish setup before exposing the hub through one.
    /// </summary>
    internal static bool IsLocal(IPAddress? remote) => remote is null || IPAddress.IsLoopback(remote);
}
