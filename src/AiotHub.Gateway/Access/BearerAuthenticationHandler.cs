using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace AiotHub.Gateway.Access;

/// <summary>
/// "Authorization: Bearer aiot_…" (RFC 6750): the token is looked up by its hash; unknown, revoked
/// or expired all fail alike. A challenge answers 401 problem+json with WWW-Authenticate: Bearer.
/// </summary>
internal sealed class BearerAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, AccessTokens tokens)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Bearer";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? header = Request.Headers.Authorization;
        if (string.IsNullOrEmpty(header))
            return Task.FromResult(AuthenticateResult.NoResult());
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            return Task.FromResult(AuthenticateResult.Fail("not a bearer token"));
        if (tokens.Authenticate(header["Bearer ".Length..].Trim()) is not { } token)
            return Task.FromResult(AuthenticateResult.Fail("unknown, revoked or expired token"));

        Context.SetAccessToken(token);
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, token.Id), new Claim(ClaimTypes.Name, token.Name)], SchemeName);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var failed = Context.Request.Headers.Authorization.Count > 0;
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        // RFC 6750 §3: invalid_token when one was presented, no error code when none was.
        Response.Headers.WWWAuthenticate = failed ? "Bearer error=\"invalid_token\"" : "Bearer";
        await Results.Problem(
            failed ? "The bearer token is unknown, revoked or expired." : "This endpoint needs 'Authorization: Bearer <token>'.",
            statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized.").ExecuteAsync(Context);
    }
}
