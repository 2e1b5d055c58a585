using AiotHub.Automation.Voice.Timers;
using AiotHub.Core.Devices;
using AiotHub.Gateway.Access;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AiotHub.Gateway.Apis;

/// <summary>
/// /api/v1/homes/{homeId}/voice/timers: the spoken timers waiting to run ("turn off the TV in 30 minutes").
/// Policies: reading — any role of the home; cancelling — owner or member.
/// </summary>
internal static class VoiceTimersApi
{
    public static RouteGroupBuilder MapVoiceTimersApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/homes/{homeId}/voice/timers").WithTags("Voice").RequireAuthorization(AccessPolicy.HomeRead);
        api.MapGet("/", List);
        api.MapDelete("/{timerId}", Cancel).RequireAuthorization(AccessPolicy.HomeControl);
        return api;
    }

    internal static Results<Ok<VoiceTimerList>, ProblemHttpResult> List(string homeId, VoiceTimers timers, DeviceRegistry registry) =>
        HomesApi.FindHome(registry, homeId) is null
            ? ApiProblems.NotFound($"No home '{homeId}'.")
            : TypedResults.Ok(new VoiceTimerList([.. timers.List(homeId).Select(VoiceTimerView.From)]));

    internal static Results<NoContent, ProblemHttpResult> Cancel(string homeId, string timerId, VoiceTimers timers, DeviceRegistry registry)
    {
        if (HomesApi.FindHome(registry, homeId) is null)
            return ApiProblems.NotFound($"No home '{homeId}'.");
        return timers.Cancel(homeId, timerId) ? TypedResults.NoContent() : ApiProblems.NotFound($"No pending voice timer '{timerId}' in home '{homeId}'.");
    }
}
