using AiotHub.Gateway.Access;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AiotHub.Gateway.Apis;

/// <summary>
/// /api/v1/homes/{homeId}/tokens — policy: owner of the home (<see cref="AccessPolicy.HomeOwner"/>).
/// List (never secrets), create (the secret is in that answer only), revoke.
/// </summary>
internal static class TokensApi
{
    public static RouteGroupBuilder MapTokensApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/homes/{homeId}/tokens").WithTags("Access").RequireAuthorization(AccessPolicy.HomeOwner);
        api.MapGet("/", ListTokens);
        api.MapPost("/", CreateToken);
        api.MapDelete("/{tokenId}", RevokeToken);
        return api;
    }

    internal static Results<Ok<Page<TokenResponse>>, ValidationProblem> ListTokens(string homeId, [AsParameters] PageQuery page, AccessTokens tokens) =>
        ApiPaging.TryRead(page, out var request, out var problem)
            ? TypedResults.Ok(ApiPaging.Paginate(tokens.List(homeId).Select(t => TokenResponse.From(t, homeId)), t => ApiPaging.OldestFirst(t.Created, t.Id), request))
            : problem;

    internal static Results<Created<TokenResponse>, ValidationProblem> CreateToken(
        string homeId, CreateTokenRequest? request, AccessTokens tokens, TimeProvider time)
    {
        var errors = new List<Core.Profiles.ProfileError>();
        var name = request?.Name?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > HomesApi.MaxNameLength)
            errors.Add(new("$.name", $"a token needs a name of 1 to {HomesApi.MaxNameLength} characters"));
        if (request?.Role is not { } role || !Enum.IsDefined(role))
            errors.Add(new("$.role", "one of: owner, member, guest, integrator, device-maker"));
        else if (request.Scenes is not null && role != AccessRole.Guest)
            errors.Add(new("$.scenes", "only a guest token has a list of scenes"));
        if (request?.ExpiresAt is { } expires && expires <= time.GetUtcNow())
            errors.Add(new("$.expiresAt", "must be in the future"));
        if (errors.Count > 0)
            return ApiProblems.Validation(errors);

        var (token, secret) = tokens.Create(name!, [new AccessGrant(homeId, request!.Role!.Value, request.Scenes)], request.ExpiresAt);
        return TypedResults.Created($"/api/v1/homes/{homeId}/tokens/{token.Id}", TokenResponse.From(token, homeId, secret));
    }

    internal static Results<NoContent, ProblemHttpResult> RevokeToken(string homeId, string tokenId, AccessTokens tokens) =>
        tokens.Revoke(homeId, tokenId) ? TypedResults.NoContent() : ApiProblems.NotFound($"No token '{tokenId}' in home '{homeId}'.");
}
