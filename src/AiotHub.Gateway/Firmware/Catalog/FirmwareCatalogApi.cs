using AiotHub.Core.Profiles;
using AiotHub.Gateway.Access;
using AiotHub.Gateway.Apis;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AiotHub.Gateway.Firmware.Catalog;

/// <summary>
/// The maker's firmware catalogue (docs/api.md "Firmware"): <c>/api/v1/makers/{vendor}/keys</c> and
/// <c>…/releases</c>, for the device-maker token of that vendor only (<see cref="MakerRoutes"/>).
/// </summary>
internal static class FirmwareCatalogApi
{
    public static RouteGroupBuilder MapFirmwareCatalogApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapMakerGroup("Firmware");
        api.MapGet("/keys", ListKeys);
        api.MapPost("/keys", AddKey);
        api.MapDelete("/keys/{keyId}", RevokeKey);
        api.MapGet("/releases", ListReleases);
        api.MapPost("/releases", UploadRelease).DisableAntiforgery()
            .WithMetadata(new RequestBodyLimit(app.ServiceProvider.GetRequiredService<FirmwareUploads>().MaxRequestBytes, "Ota:MaxImageBytes"))
            .Accepts<FirmwareReleaseRequest>("multipart/form-data", "application/json");
        api.MapGet("/releases/{releaseId}", GetRelease);
        api.MapDelete("/releases/{releaseId}", WithdrawRelease);
        app.MapOtaDownloads();
        return api;
    }

    internal static Ok<MakerKeyResponse[]> ListKeys(string vendor, FirmwareCatalog catalog) =>
        TypedResults.Ok(catalog.Keys(vendor).Select(MakerKeyResponse.From).ToArray());

    internal static Results<Created<MakerKeyResponse>, ValidationProblem, ProblemHttpResult> AddKey(
        string vendor, CreateMakerKeyRequest? body, FirmwareCatalog catalog)
    {
        var errors = new List<ProfileError>();
        if (body is null)
            return ApiProblems.Validation("$", "a key object is required: {\"publicKey\": \"…\"}");
        if (body.Id is not null && !FirmwareReleaseRules.IsKeyId(body.Id))
            errors.Add(new("$.id", "1 to 64 of letters, digits, '.', '_' and '-', or leave it out"));
        var publicKey = MakerKeys.TryParsePublicKey(body.PublicKey, out var why);
        if (publicKey is null)
            errors.Add(new("$.publicKey", why));
        if (errors.Count > 0)
            return ApiProblems.Validation(errors, "The key is not valid; nothing was changed.");
        var (key, conflict) = catalog.AddKey(vendor, body.Id, publicKey!);
        return key is null
            ? ApiProblems.Conflict(conflict + "; nothing was changed.")
            : TypedResults.Created($"/api/v1/makers/{vendor}/keys/{key.Id}", MakerKeyResponse.From(key));
    }

    internal static Results<NoContent, ProblemHttpResult> RevokeKey(string vendor, string keyId, FirmwareCatalog catalog) =>
        catalog.RevokeKey(vendor, keyId) ? TypedResults.NoContent() : ApiProblems.NotFound($"'{vendor}' has no key '{keyId}'.");

    internal static Results<Ok<Page<FirmwareReleaseResponse>>, ValidationProblem> ListReleases(
        string vendor, string? model, [AsParameters] PageQuery page, FirmwareCatalog catalog)
    {
        if (!ApiPaging.TryRead(page, out var request, out var problem))
            return problem;
        var releases = catalog.Releases(vendor, model).Select(s => FirmwareReleaseResponse.From(s, catalog.IsOffered(s.Release.Id)));
        return TypedResults.Ok(ApiPaging.Paginate(releases, r => ApiPaging.NewestFirst(r.Uploaded, r.Id), request));
    }

    internal static Results<Ok<FirmwareReleaseResponse>, ProblemHttpResult> GetRelease(string vendor, string releaseId, FirmwareCatalog catalog) =>
        catalog.Stored(releaseId) is { } stored && stored.Release.Vendor == vendor
            ? TypedResults.Ok(FirmwareReleaseResponse.From(stored, catalog.IsOffered(releaseId)))
            : NoRelease(vendor, releaseId);

    internal static async Task<Results<Created<FirmwareReleaseResponse>, ValidationProblem, ProblemHttpResult>> UploadRelease(
        string vendor, HttpContext context, FirmwareUploads uploads, FirmwareCatalog catalog, CancellationToken cancellationToken)
    {
        var uploadedBy = context.GetAccessToken()?.Id ?? "-";
        var result = await uploads.UploadAsync(vendor, context.Request, uploadedBy, cancellationToken);
        if (result.Release is { } release)
        {
            return TypedResults.Created($"/api/v1/makers/{vendor}/releases/{release.Id}",
                FirmwareReleaseResponse.From(catalog.Stored(release.Id)!, catalog.IsOffered(release.Id)));
        }

        return result.Status switch
        {
            StatusCodes.Status400BadRequest => ApiProblems.Validation(result.Errors, "The release is not valid; nothing was stored."),
            StatusCodes.Status422UnprocessableEntity => TypedResults.Problem(
                $"The release was refused: {result.Errors[0].Path}: {result.Errors[0].Message}; nothing was stored.",
                statusCode: StatusCodes.Status422UnprocessableEntity, title: "The release was refused; nothing was stored.",
                extensions: new Dictionary<string, object?>
                {
                    ["errors"] = result.Errors.GroupBy(e => e.Path, StringComparer.Ordinal)
                        .ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray(), StringComparer.Ordinal),
                }),
            StatusCodes.Status413PayloadTooLarge => TypedResults.Problem(result.Detail, statusCode: StatusCodes.Status413PayloadTooLarge,
                title: "Request body too large.", extensions: new Dictionary<string, object?> { ["setting"] = "Ota:MaxImageBytes" }),
            _ => ApiProblems.Conflict(result.Detail ?? "The release conflicts with the catalogue; nothing was stored."),
        };
    }

    internal static Results<NoContent, ProblemHttpResult> WithdrawRelease(string vendor, string releaseId, FirmwareCatalog catalog) =>
        catalog.Withdraw(vendor, releaseId) switch
        {
            FirmwareWithdrawOutcome.Withdrawn => TypedResults.NoContent(),
            FirmwareWithdrawOutcome.InActiveRollout => ApiProblems.Conflict(
                $"Release '{releaseId}' is in a rollout that is still running: halt or cancel the rollout first; nothing was changed."),
            _ => NoRelease(vendor, releaseId),
        };

    private static ProblemHttpResult NoRelease(string vendor, string releaseId) => ApiProblems.NotFound($"'{vendor}' has no release '{releaseId}'.");
}
