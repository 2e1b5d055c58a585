using System.Net;
using AiotHub.Core.Devices;
using AiotHub.Gateway.Access;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Net.Http.Headers;

namespace AiotHub.Gateway.Apis;

/// <summary>
/// POST /api/v1/setup — anonymous, loopback only: trades the one-time setup code printed at first
/// start for the default home's owner token (shown once). 409 once an owner exists.
/// </summary>
internal static class SetupApi
{
    // RFC 7239's header, and nginx's habit: other marks of a proxy besides X-Forwarded-For and Via.
    private const string ForwardedHeader = "Forwarded";
    private const string RealIpHeader = "X-Real-IP";

    public static IEndpointRouteBuilder MapSetupApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/setup", Setup).WithTags("Access").AllowAnonymous()
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }

    internal static Results<Created<TokenResponse>, ValidationProblem, ProblemHttpResult> Setup(
        SetupRequest? request, HttpContext context, AccessTokens tokens, ILogger<AccessTokens> logger)
    {
        if (!IsLocal(context))
            return TypedResults.Problem("Setup is accepted only from the hub's own machine (loopback), directly or through a proxy listed in Api:TrustedProxies.",
                statusCode: StatusCodes.Status403Forbidden, title: "Forbidden.");
        if (tokens.SetupCode is null)
            return ApiProblems.Conflict("The hub already has an owner; ask them for a token.");

        var errors = new List<Core.Profiles.ProfileError>();
        if (ApiNames.Read(request?.Name, "$.name", HomesApi.MaxNameLength, TokensApi.TokenNameLength, errors) is not { } name)
            return ApiProblems.Validation(errors);
        if (tokens.TrySetup(request?.Code, name, DeviceRegistry.DefaultHomeId) is not { } created)
            return ApiProblems.Validation("$.code", "not the setup code the hub printed at start");

        AccessLog.SetupDone(logger, name);
        return TypedResults.Created($"/api/v1/homes/{DeviceRegistry.DefaultHomeId}/tokens/{created.Token.Id}",
            TokenResponse.From(created.Token, DeviceRegistry.DefaultHomeId, created.Secret));
    }

    /// <summary>
    /// The client is on this machine: loopback (or no address at all: an in-process or Unix-socket
    /// caller). A reverse proxy on the same machine connects from loopback too, so a request that
    /// shows a proxy's headers is local only when that proxy is in Api:TrustedProxies and says, in
    /// X-Forwarded-For, that its client is on loopback — the address UseForwardedHeaders has put in
    /// RemoteIpAddress. Headers left over (a hop nobody vouches for), a trusted proxy that does not say
    /// who its client is, or proxy headers from a peer that is not trusted: not local.
    /// </summary>
    internal static bool IsLocal(HttpContext context)
    {
        var remote = context.Connection.RemoteIpAddress;
        if (remote is not null && !IPAddress.IsLoopback(remote))
            return false;
        var headers = context.Request.Headers;
        if (headers.ContainsKey(ForwardedHeadersDefaults.XForwardedForHeaderName) || headers.ContainsKey(ForwardedHeader))
            return false;
        if (ProxiedRequest.Of(context) is { PeerIsTrustedProxy: true } proxied)
            return proxied.HadForwardedFor;
        return !headers.ContainsKey(HeaderNames.Via) && !headers.ContainsKey(RealIpHeader);
    }
}
