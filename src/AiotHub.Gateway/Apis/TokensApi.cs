using AiotHub.Core.Devices;
using AiotHub.Gateway.Access;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AiotHub.Gateway.Apis;

/// <summary>
/// /api/v1/homes/{homeId}/tokens — policy: owner of the home (<see cref="AccessPolicy.HomeOwner"/>).
/// List (never secrets), create (the secret is in that answer only; a device-maker token with its model
/// namespace, which the home then holds), revoke.
/// </summary>
internal static class TokensApi
{
    internal static readonly string TokenNameLength = $"a token needs a name of 1 to {HomesApi.MaxNameLength} characters";

    public static RouteGroupBuilder MapTokensApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/homes/{homeId}/tokens").WithTags("Access").RequireAuthorization(AccessPolicy.HomeOwner);
        api.MapGet("/", ListTokens);
        api.MapPost("/", CreateToken).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapGet("/{tokenId}", GetToken).WithETags();
        api.MapPatch("/{tokenId}", RenameToken).WithETags();
        api.MapDelete("/{tokenId}", RevokeToken).WithETags();
        return api;
    }

    internal static Results<Ok<Page<TokenResponse>>, ValidationProblem> ListTokens(string homeId, [AsParameters] PageQuery page, AccessTokens tokens) =>
        ApiPaging.TryRead(page, out var request, out var problem)
            ? TypedResults.Ok(ApiPaging.Paginate(tokens.List(homeId).Select(t => TokenResponse.From(t, homeId)), t => ApiPaging.OldestFirst(t.Created, t.Id), request))
            : problem;

    internal static Results<Created<TokenResponse>, ValidationProblem, ProblemHttpResult> CreateToken(
        string homeId, CreateTokenRequest? request, AccessTokens tokens, ProfileNamespaces namespaces, TimeProvider time)
    {
        var errors = new List<Core.Profiles.ProfileError>();
        var name = ApiNames.Read(request?.Name, "$.name", HomesApi.MaxNameLength, TokenNameLength, errors);
        if (request?.Role is not { } role || !Enum.IsDefined(role))
            errors.Add(new("$.role", "one of: owner, member, guest, integrator, device-maker"));
        else if (request.Scenes is not null && role != AccessRole.Guest)
            errors.Add(new("$.scenes", "only a guest token has a list of scenes"));
        var vendor = request?.Namespace is { } given && given.EndsWith('.') ? given[..^1] : request?.Namespace;
        if (request?.Role == AccessRole.DeviceMaker)
        {
            if (string.IsNullOrEmpty(vendor))
                errors.Add(new("$.namespace", "a device-maker token needs a model namespace: its vendor id, like \"acme\" for models \"acme.…\""));
            else if (!ProfileNamespaces.IsVendorId(vendor))
                errors.Add(new("$.namespace", "a vendor id: 1 to 32 of a-z, 0-9 and inner hyphens, like \"acme\""));
            else if (namespaces.IsReserved(vendor))
                errors.Add(new("$.namespace", $"\"{vendor}\" is a vendor of the profiles shipped with the hub; choose the device maker's own"));
        }
        else if (request?.Namespace is not null)
        {
            errors.Add(new("$.namespace", "only a device-maker token has a model namespace"));
        }

        if (request?.ExpiresAt is { } expires && expires <= time.GetUtcNow())
            errors.Add(new("$.expiresAt", "must be in the future"));
        if (errors.Count > 0)
            return ApiProblems.Validation(errors);

        (AccessToken Token, string Secret) created;
        if (request!.Role == AccessRole.DeviceMaker)
        {
            if (tokens.TryCreateDeviceMaker(name!, homeId, vendor!, request.ExpiresAt) is not { } maker)
            {
                return ApiProblems.Conflict($"The model namespace '{vendor}' belongs to a device maker of another home; choose another.",
                    new Dictionary<string, object?> { ["namespace"] = vendor });
            }

            created = maker;
        }
        else
        {
            created = tokens.Create(name!, [new AccessGrant(homeId, request.Role!.Value, request.Scenes)], request.ExpiresAt);
        }

        return TypedResults.Created($"/api/v1/homes/{homeId}/tokens/{created.Token.Id}", TokenResponse.From(created.Token, homeId, created.Secret));
    }

    internal static Results<Ok<TokenResponse>, StatusCodeHttpResult, ProblemHttpResult> GetToken(string homeId, string tokenId, HttpContext context, AccessTokens tokens)
    {
        if (tokens.Get(homeId, tokenId) is not { } token)
            return TokenNotFound(homeId, tokenId);
        if (ApiETags.IsNotModified(context, token.Version))
            return ApiETags.NotModified(context, token.Version);
        ApiETags.Set(context, token.Version);
        return TypedResults.Ok(TokenResponse.From(token, homeId));
    }

    internal static Results<Ok<TokenResponse>, ValidationProblem, ProblemHttpResult> RenameToken(
        string homeId, string tokenId, UpdateTokenRequest? request, HttpContext context, AccessTokens tokens)
    {
        if (tokens.Get(homeId, tokenId) is null)
            return TokenNotFound(homeId, tokenId);
        var errors = new List<Core.Profiles.ProfileError>();
        if (ApiNames.Read(request?.Name, "$.name", HomesApi.MaxNameLength, TokenNameLength, errors) is not { } name)
            return ApiProblems.Validation(errors);

        var result = tokens.TryRename(homeId, tokenId, name, version => ApiETags.Matches(context, version));
        if (result.Outcome == EditOutcome.NotFound)
            return TokenNotFound(homeId, tokenId);
        if (result.Outcome == EditOutcome.PreconditionFailed)
            return ApiETags.PreconditionFailed(result.Value!.Version);
        ApiETags.Set(context, result.Value!.Version);
        return TypedResults.Ok(TokenResponse.From(result.Value, homeId));
    }

    internal static Results<NoContent, ProblemHttpResult> RevokeToken(string homeId, string tokenId, HttpContext context, AccessTokens tokens)
    {
        var result = tokens.TryRevoke(homeId, tokenId, version => ApiETags.Matches(context, version));
        return result.Outcome switch
        {
            EditOutcome.Applied => TypedResults.NoContent(),
            EditOutcome.PreconditionFailed => ApiETags.PreconditionFailed(result.Value!.Version),
            _ => TokenNotFound(homeId, tokenId),
        };
    }

    private static ProblemHttpResult TokenNotFound(string homeId, string tokenId) => ApiProblems.NotFound($"No token '{tokenId}' in home '{homeId}'.");
}
