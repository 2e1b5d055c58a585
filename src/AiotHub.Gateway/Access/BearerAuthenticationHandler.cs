using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace AiotHub.Gateway.Access;

/// <summary>
/// "Authorization: Bearer aiot_…" (RFC 6750): the token is looked up by its hash; unknown, revoked
/// or expired all fail alike. A challenge answers 401 problem+json with WWW-Authenticate: Bearer.
/// On endpoints marked <see cref="QueryAccessTokenAllowed"/> (the live event streams) the token may
/// come as ?access_token= instead; anywhere else such a query token is refused, never used.
/// </summary>
internal sealed class BearerAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, AccessTokens tokens)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Bearer";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? header = Request.Headers.Authorization;
        string? secret;
        if (!string.IsNullOrEmpty(header))
        {
            if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
                return Task.FromResult(AuthenticateResult.Fail("not a bearer token"));
            secret = header["Bearer ".Length..].Trim();
        }
        else if (Request.Query.ContainsKey(QueryAccessTokenAllowed.QueryName))
        {
            // UseRouting ran first (WebApplication adds it at the start), so the endpoint is known here.
            if (Context.GetEndpoint()?.Metadata.GetMetadata<QueryAccessTokenAllowed>() is null)
                return Task.FromResult(AuthenticateResult.Fail("access_token in the query is accepted only on the live event streams"));
            secret = Request.Query[QueryAccessTokenAllowed.QueryName].ToString().Trim();
        }
        else
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        if (tokens.Authenticate(secret) is not { } token)
            return Task.FromResult(AuthenticateResult.Fail("unknown, revoked or expired token"));

        Context.SetAccessToken(token);
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, token.Id), new Claim(ClaimTypes.Name, token.Name)], SchemeName);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var inHeader = Context.Request.Headers.Authorization.Count > 0;
        var inQuery = !inHeader && Context.Request.Query.ContainsKey(QueryAccessTokenAllowed.QueryName);
        var queryAllowed = Context.GetEndpoint()?.Metadata.GetMetadata<QueryAccessTokenAllowed>() is not null;
        var failed = inHeader || (inQuery && queryAllowed);
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        // RFC 6750 §3: invalid_token when one was presented, invalid_request when it came where it is not accepted.
        Response.Headers.WWWAuthenticate = failed ? "Bearer error=\"invalid_token\"" : inQuery ? "Bearer error=\"invalid_request\"" : "Bearer";
        var detail = failed ? "The bearer token is unknown, revoked or expired."
            : inQuery ? "'?access_token=' is accepted only on the live event streams; send 'Authorization: Bearer <token>'."
            : "This endpoint needs 'Authorization: Bearer <token>'.";
        await Results.Problem(detail, statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized.").ExecuteAsync(Context);
    }
}
