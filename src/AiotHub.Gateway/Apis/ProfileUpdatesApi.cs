using AiotHub.Core.Devices;
using AiotHub.Gateway.Access;
using AiotHub.Gateway.Devices;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AiotHub.Gateway.Apis;

/// <summary>
/// /api/v1/homes/{homeId}/profile-updates: newer versions of the models the home's devices have, with the
/// compatibility verdict; accepting one (the home's unpinned devices of the model then use it); and the
/// home's automatic-update switch. Policy: the home's owner (<see cref="AccessPolicy.HomeOwner"/>).
/// </summary>
internal static class ProfileUpdatesApi
{
    public static RouteGroupBuilder MapProfileUpdatesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/homes/{homeId}/profile-updates").WithTags("Profiles").RequireAuthorization(AccessPolicy.HomeOwner);
        api.MapGet("/", ListUpdates);
        api.MapPost("/{model}", AcceptUpdate).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapGet("/settings", GetSettings);
        api.MapPut("/settings", SetSettings);
        return api;
    }

    internal static Results<Ok<Page<ProfileUpdate>>, ValidationProblem, ProblemHttpResult> ListUpdates(
        string homeId, [AsParameters] PageQuery page, DeviceRegistry registry, ProfileUpdates updates)
    {
        if (HomesApi.FindHome(registry, homeId) is null)
            return NoHome(homeId);
        return ApiPaging.TryRead(page, out var request, out var problem)
            ? TypedResults.Ok(ApiPaging.Paginate(updates.List(homeId), u => u.Model + "\u0000" + ApiPaging.Number(u.Version), request))
            : problem;
    }

    internal static Results<Ok<ProfileAcceptanceResponse>, ValidationProblem, ProblemHttpResult> AcceptUpdate(
        string homeId, string model, AcceptProfileUpdateRequest? request, DeviceRegistry registry, ProfileCatalog catalog, ProfileUpdates updates)
    {
        if (HomesApi.FindHome(registry, homeId) is null)
            return NoHome(homeId);
        if (request?.Version is not { } version || version < 1)
            return ApiProblems.Validation("$.version", "the version to accept, a whole number from 1");
        if (!catalog.VersionsVisibleTo(homeId, model).Any(p => p.Version == version))
            return ApiProblems.NotFound($"No version {version} of model '{model}'.");
        if (catalog.NewestBuiltIn(model) is { } builtIn && version < builtIn)
        {
            return ApiProblems.Conflict(
                $"Version {builtIn} of '{model}' is built into the hub and always accepted; accept it or a later one.",
                new Dictionary<string, object?> { ["builtInVersion"] = builtIn });
        }

        var changes = updates.BreakingChanges(homeId, model, version);
        if (changes.Count > 0 && request.AllowBreaking != true)
        {
            var users = registry.ListDevices(new DeviceQuery(HomeId: homeId)).Where(d => d.Model == model && d.ProfileVersion is null).Select(d => d.Id).ToList();
            return ApiProblems.Conflict(
                $"Version {version} removes or narrows what devices of '{model}' in this home use; send \"allowBreaking\": true to accept it anyway. Nothing was changed.",
                new Dictionary<string, object?> { ["conflicts"] = changes.Select(c => new ProfileConflict(c.Member, c.Change, users)).ToList() });
        }

        var previous = catalog.AcceptedVersion(homeId, model);
        var devices = updates.Accept(homeId, model, version);
        return TypedResults.Ok(new ProfileAcceptanceResponse(model, version, previous, [.. devices.Select(d => d.Id)]));
    }

    internal static Results<Ok<ProfileUpdateSettings>, ProblemHttpResult> GetSettings(string homeId, DeviceRegistry registry, ProfileCatalog catalog) =>
        HomesApi.FindHome(registry, homeId) is null
            ? NoHome(homeId)
            : TypedResults.Ok(new ProfileUpdateSettings(catalog.Acceptance.UpdatesAutomatically(homeId)));

    internal static Results<Ok<ProfileUpdateSettings>, ValidationProblem, ProblemHttpResult> SetSettings(
        string homeId, ProfileUpdateSettings? request, DeviceRegistry registry, ProfileUpdates updates)
    {
        if (HomesApi.FindHome(registry, homeId) is null)
            return NoHome(homeId);
        if (request?.AutoUpdateProfiles is not { } on)
            return ApiProblems.Validation("$.autoUpdateProfiles", "true or false");
        updates.SetAutomatic(homeId, on);
        return TypedResults.Ok(new ProfileUpdateSettings(on));
    }

    private static ProblemHttpResult NoHome(string homeId) => ApiProblems.NotFound($"No home '{homeId}'.");
}
