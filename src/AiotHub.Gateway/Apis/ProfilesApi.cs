using AiotHub.Core.Devices;
using AiotHub.Core.Profiles;
using AiotHub.Gateway.Access;
using AiotHub.Gateway.Devices;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AiotHub.Gateway.Apis;

/// <summary>
/// /api/v1/profiles: the device models the hub understands, every version, and onboarding a new
/// model or version from its JSON document (validated; a version that breaks what devices in use
/// rely on is refused with the list of what uses it). Policies: reading — a device-maker or any role
/// in a home (<see cref="AccessPolicy.ProfilesRead"/>); uploading — a device-maker or a home's owner
/// (<see cref="AccessPolicy.ProfilesWrite"/>).
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
        return api;
    }

    internal static Results<Ok<Page<DeviceProfile>>, ValidationProblem> ListProfiles([AsParameters] PageQuery page, ProfileCatalog catalog) =>
        ApiPaging.TryRead(page, out var request, out var problem)
            ? TypedResults.Ok(ApiPaging.Paginate(catalog.Latest(), p => p.Model, request))
            : problem;

    internal static Results<Ok<DeviceProfile>, ProblemHttpResult> GetProfile(string model, ProfileCatalog catalog) =>
        catalog.Find(model) is { } profile ? TypedResults.Ok(profile) : ApiProblems.NotFound($"No profile for model '{model}'.");

    internal static Results<Ok<Page<DeviceProfile>>, ValidationProblem, ProblemHttpResult> ListVersions(string model, [AsParameters] PageQuery page, ProfileCatalog catalog)
    {
        if (catalog.Versions(model) is not { Count: > 0 } versions)
        {
            return ApiProblems.NotFound($"No profile for model '{model}'.");
        }

        return ApiPaging.TryRead(page, out var request, out var problem)
            ? TypedResults.Ok(ApiPaging.Paginate(versions, p => ApiPaging.Number(p.Version), request))
            : problem;
    }

    internal static Results<Ok<DeviceProfile>, ProblemHttpResult> GetVersion(string model, int version, ProfileCatalog catalog) =>
        catalog.Find(model, version) is { } profile ? TypedResults.Ok(profile) : ApiProblems.NotFound($"No version {version} of model '{model}'.");

    internal static async Task<Results<Created<DeviceProfile>, ValidationProblem, ProblemHttpResult>> UploadProfile(
        HttpRequest request, DeviceRegistry registry, ProfileUploads uploads, CancellationToken cancellationToken)
    {
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
        if (registry.Profiles.Find(profile.Model) is { } current)
        {
            if (profile.Version <= current.Version)
            {
                return ApiProblems.Conflict(
                    $"Model '{profile.Model}' already has version {current.Version}; upload a higher version.",
                    new Dictionary<string, object?> { ["currentVersion"] = current.Version });
            }

            var conflicts = FindConflicts(registry, current, profile);
            if (conflicts.Count > 0)
            {
                return ApiProblems.Conflict(
                    $"Version {profile.Version} removes or narrows what devices of '{profile.Model}' use; nothing was changed.",
                    new Dictionary<string, object?> { ["conflicts"] = conflicts });
            }
        }

        await uploads.SaveAsync(profile, body.ToArray(), cancellationToken);
        registry.AddProfile(profile);
        return TypedResults.Created($"/api/v1/profiles/{profile.Model}/versions/{profile.Version}", profile);
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

    // Devices that follow the newest version of the model (not pinned to an older one) use all of it.
    private static List<ProfileConflict> FindConflicts(DeviceRegistry registry, DeviceProfile current, DeviceProfile next)
    {
        var changes = ProfileCompatibility.FindBreakingChanges(current, next);
        if (changes.Count == 0)
        {
            return [];
        }

        var users = registry.ListDevices()
            .Where(d => d.Model == current.Model && (d.ProfileVersion is null || d.ProfileVersion == current.Version))
            .Select(d => d.Id)
            .ToList();
        return users.Count == 0 ? [] : [.. changes.Select(c => new ProfileConflict(c.Member, c.Change, users))];
    }
}
