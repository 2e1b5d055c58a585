using AiotHub.Core.Devices;
using AiotHub.Core.Profiles;
using AiotHub.Gateway.Access;
using AiotHub.Gateway.Devices;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AiotHub.Gateway.Apis;

/// <summary>
/// /api/v1/profiles: the device models the hub understands, every version a token may see (built-in and
/// published versions, plus those its home or its namespace uploaded), onboarding a model or its next
/// version from its JSON document, and publishing an uploaded version to every home. Policies: reading —
/// a device-maker or any role in a home (<see cref="AccessPolicy.ProfilesRead"/>); uploading and publishing
/// — a device-maker or a home's owner (<see cref="AccessPolicy.ProfilesWrite"/>), each only in a namespace
/// it holds (<see cref="ProfileNamespaces"/>). Also maps <see cref="ProfileUpdatesApi"/>.
/// </summary>
internal static class ProfilesApi
{
    public static RouteGroupBuilder MapProfilesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/profiles").WithTags("Profiles").RequireAuthorization(AccessPolicy.ProfilesRead);
        api.MapGet("/", ListProfiles);
        api.MapGet("/{model}", GetProfile);
        api.MapGet("/{model}/versions", ListVersions);
        api.MapGet("/{model}/versions/{version:int}", GetVersion);
        api.MapPost("/", UploadProfile).Accepts<DeviceProfile>("application/json").WithMetadata(ProfileBodyLimit.Instance).ProducesProblem(StatusCodes.Status409Conflict)
            .RequireAuthorization(AccessPolicy.ProfilesWrite);
        api.MapPost("/{model}/versions/{version:int}/publish", PublishVersion).RequireAuthorization(AccessPolicy.ProfilesWrite);
        app.MapProfileUpdatesApi();
        return api;
    }

    internal static Results<Ok<Page<DeviceProfile>>, ValidationProblem> ListProfiles(HttpContext context, [AsParameters] PageQuery page, ProfileCatalog catalog) =>
        ApiPaging.TryRead(page, out var request, out var problem)
            ? TypedResults.Ok(ApiPaging.Paginate(catalog.Latest(Visible(context)), p => p.Model, request))
            : problem;

    internal static Results<Ok<DeviceProfile>, ProblemHttpResult> GetProfile(string model, HttpContext context, ProfileCatalog catalog) =>
        catalog.Versions(model, Visible(context)) is { Count: > 0 } versions ? TypedResults.Ok(versions[^1]) : NoModel(model);

    internal static Results<Ok<Page<DeviceProfile>>, ValidationProblem, ProblemHttpResult> ListVersions(
        string model, HttpContext context, [AsParameters] PageQuery page, ProfileCatalog catalog)
    {
        if (catalog.Versions(model, Visible(context)) is not { Count: > 0 } versions)
        {
            return NoModel(model);
        }

        return ApiPaging.TryRead(page, out var request, out var problem)
            ? TypedResults.Ok(ApiPaging.Paginate(versions, p => ApiPaging.Number(p.Version), request))
            : problem;
    }

    internal static Results<Ok<DeviceProfile>, ProblemHttpResult> GetVersion(string model, int version, HttpContext context, ProfileCatalog catalog) =>
        Find(context, catalog, model, version) is { } profile ? TypedResults.Ok(profile) : NoVersion(model, version);

    internal static async Task<Results<Created<DeviceProfile>, ValidationProblem, ProblemHttpResult>> UploadProfile(
        HttpContext context, ProfileNamespaces namespaces, ProfileUploads uploads, CancellationToken cancellationToken)
    {
        var request = context.Request;
        // Api:MaxProfileBytes (ApiBodyLimitMiddleware) may be set higher than what a profile may be; this is the format's own limit.
        if (request.ContentLength > ProfileLimits.MaxDocumentBytes)
        {
            return ProfileTooLarge();
        }

        using var body = await ReadAtMostAsync(request.Body, ProfileLimits.MaxDocumentBytes, cancellationToken);
        if (body is null)
        {
            return ProfileTooLarge();
        }

        var parsed = DeviceProfileParser.Parse(body.GetBuffer().AsMemory(0, (int)body.Length));
        if (!parsed.IsValid)
        {
            return ApiProblems.Validation(parsed.Errors, "The profile is not valid; nothing was changed.");
        }

        var profile = parsed.Profile;
        var vendor = ProfileCatalog.VendorOf(profile.Model);
        if (namespaces.UploaderFor(context.GetAccessToken(), vendor) is not ({ } homeId, var tokenId))
        {
            return NotYourNamespace(namespaces, context, vendor);
        }

        var result = await uploads.UploadAsync(profile, body.ToArray(), homeId, tokenId, cancellationToken);
        return result.Outcome switch
        {
            ProfileUploadOutcome.Created => TypedResults.Created($"/api/v1/profiles/{profile.Model}/versions/{profile.Version}", profile),
            ProfileUploadOutcome.WrongVersion => ApiProblems.Conflict(
                $"The next version of '{profile.Model}' is {result.ExpectedVersion}: versions go up by one per upload; nothing was changed.",
                new Dictionary<string, object?> { ["expectedVersion"] = result.ExpectedVersion, ["currentVersion"] = result.ExpectedVersion == 1 ? null : result.ExpectedVersion - 1 }),
            ProfileUploadOutcome.TooManyVersions => ApiProblems.Conflict(
                $"'{profile.Model}' has reached the most versions a model may have ({ProfileUploads.MaxVersion}); upload it as a new model.",
                new Dictionary<string, object?> { ["limit"] = ProfileUploads.MaxVersion, ["currentVersion"] = result.ExpectedVersion - 1 }),
            _ => ApiProblems.Conflict(
                $"The model namespace '{vendor}' would hold more than {ProfileUploads.MaxNamespaceBytes} bytes of profiles; nothing was changed.",
                new Dictionary<string, object?> { ["limit"] = ProfileUploads.MaxNamespaceBytes, ["used"] = result.NamespaceBytes }),
        };
    }

    internal static Results<Ok<ProfilePublishResponse>, ProblemHttpResult> PublishVersion(
        string model, int version, HttpContext context, ProfileCatalog catalog, ProfileNamespaces namespaces, ProfileUploads uploads)
    {
        var token = context.GetAccessToken();
        if (catalog.OriginOf(model, version) is not { } origin || !ProfileNamespaces.Sees(token, model, origin))
        {
            return NoVersion(model, version);
        }

        var vendor = ProfileCatalog.VendorOf(model);
        if (namespaces.UploaderFor(token, vendor) is not ({ } homeId, _) || (origin.HomeId is not null && origin.HomeId != homeId))
        {
            return NotYourNamespace(namespaces, context, vendor);
        }

        uploads.Publish(model, version);
        return TypedResults.Ok(new ProfilePublishResponse(model, version, Published: true));
    }

    private static Func<DeviceProfile, ProfileOrigin, bool> Visible(HttpContext context)
    {
        var token = context.GetAccessToken();
        return (profile, origin) => ProfileNamespaces.Sees(token, profile.Model, origin);
    }

    private static DeviceProfile? Find(HttpContext context, ProfileCatalog catalog, string model, int version) =>
        catalog.Find(model, version) is { } profile && catalog.OriginOf(model, version) is { } origin
            && ProfileNamespaces.Sees(context.GetAccessToken(), model, origin) ? profile : null;

    private static ProblemHttpResult NoModel(string model) => ApiProblems.NotFound($"No profile for model '{model}'.");

    private static ProblemHttpResult NoVersion(string model, int version) => ApiProblems.NotFound($"No version {version} of model '{model}'.");

    private static ProblemHttpResult NotYourNamespace(ProfileNamespaces namespaces, HttpContext context, string vendor)
    {
        var own = namespaces.NamespacesOf(context.GetAccessToken());
        var yours = own.Count == 0 ? "none" : string.Join(", ", own.Select(n => $"'{n}'"));
        return TypedResults.Problem(
            $"This token may not upload or publish in the model namespace '{vendor}' (its namespaces: {yours}); nothing was changed.",
            statusCode: StatusCodes.Status403Forbidden, title: "Forbidden.",
            extensions: new Dictionary<string, object?> { ["namespace"] = vendor, ["namespaces"] = own });
    }

    private static ProblemHttpResult ProfileTooLarge() => TypedResults.Problem(
        $"A profile document is at most {ProfileLimits.MaxDocumentBytes} bytes; nothing was read past that.",
        statusCode: StatusCodes.Status413PayloadTooLarge, title: "Request body too large.",
        extensions: new Dictionary<string, object?> { ["limit"] = ProfileLimits.MaxDocumentBytes });

    private static async Task<MemoryStream?> ReadAtMostAsync(Stream body, int limit, CancellationToken cancellationToken)
    {
        var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                await buffer.DisposeAsync();
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer;
    }
}
