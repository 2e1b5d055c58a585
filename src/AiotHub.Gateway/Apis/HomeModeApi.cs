using AiotHub.Automation.Modes;
using AiotHub.Core.Devices;
using AiotHub.Gateway.Access;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AiotHub.Gateway.Apis;

/// <summary>
/// /api/v1/homes/{homeId}/mode: the home's mode — home, away or sleep — which automations trigger
/// on and test. Policies: reading — any role of the home; setting — owner or member.
/// </summary>
internal static class HomeModeApi
{
    /// <summary>The source a mode set through this API records (automations set "automation:&lt;id&gt;").</summary>
    public const string HomeModeSource = "api";

    public static RouteGroupBuilder MapHomeModeApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/homes/{homeId}/mode").WithTags("Automations").RequireAuthorization(AccessPolicy.HomeRead);
        api.MapGet("/", GetMode);
        api.MapPut("/", SetMode).RequireAuthorization(AccessPolicy.HomeControl);
        return api;
    }

    internal static Results<Ok<HomeModeState>, ProblemHttpResult> GetMode(string homeId, HomeModes modes, DeviceRegistry registry) =>
        HomesApi.FindHome(registry, homeId) is null
            ? ApiProblems.NotFound($"No home '{homeId}'.")
            : TypedResults.Ok(modes.Get(homeId));

    internal static Results<Ok<HomeModeState>, ValidationProblem, ProblemHttpResult> SetMode(
        string homeId, HomeModeRequest? request, HomeModes modes, DeviceRegistry registry)
    {
        if (HomesApi.FindHome(registry, homeId) is null)
            return ApiProblems.NotFound($"No home '{homeId}'.");
        if (request?.Mode is not { } mode || !HomeModes.All.Contains(mode, StringComparer.Ordinal)
            || modes.Set(homeId, mode, HomeModeSource) is not { } state)
            return ApiProblems.Validation("$.mode", $"one of {string.Join(", ", HomeModes.All.Select(m => $"\"{m}\""))}");
        return TypedResults.Ok(state);
    }
}
