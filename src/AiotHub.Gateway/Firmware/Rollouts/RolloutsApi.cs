using AiotHub.Core.Profiles;
using AiotHub.Gateway.Access;
using AiotHub.Gateway.Apis;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AiotHub.Gateway.Firmware.Rollouts;

/// <summary>
/// The maker's rollouts (docs/api.md "Rollouts"): start one for a release, list and read them (figures per ring and
/// the timeline, nothing of a home), pause, resume, halt, roll back. Policy: a device-maker token of the route's
/// vendor (<see cref="MakerAccess"/>).
/// </summary>
internal static class RolloutsApi
{
    public static RouteGroupBuilder MapRolloutsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/makers/{vendor}").WithTags("Rollouts").RequireAuthorization(AccessPolicy.SignedIn);
        api.MapPost("/releases/{releaseId}/rollouts", CreateRollout);
        api.MapGet("/rollouts", ListRollouts);
        api.MapGet("/rollouts/{rolloutId}", GetRollout);
        api.MapPost("/rollouts/{rolloutId}/pause", (string vendor, string rolloutId, HttpContext context, RolloutEngine engine) => Change(vendor, context, engine, e => e.Pause(vendor, rolloutId)));
        api.MapPost("/rollouts/{rolloutId}/resume", (string vendor, string rolloutId, HttpContext context, RolloutEngine engine) => Change(vendor, context, engine, e => e.Resume(vendor, rolloutId)));
        api.MapPost("/rollouts/{rolloutId}/halt", (string vendor, string rolloutId, HttpContext context, RolloutEngine engine) => Change(vendor, context, engine, e => e.Halt(vendor, rolloutId)));
        api.MapPost("/rollouts/{rolloutId}/rollback", (string vendor, string rolloutId, HttpContext context, RolloutEngine engine) => Change(vendor, context, engine, e => e.Rollback(vendor, rolloutId)));
        return api;
    }

    internal static Results<Created<RolloutView>, ValidationProblem, ProblemHttpResult> CreateRollout(
        string vendor, string releaseId, CreateRolloutRequest? request, HttpContext context, RolloutEngine engine)
    {
        if (MakerAccess.Refuse(context, vendor) is { } forbidden)
            return forbidden;
        var errors = new List<ProfileError>();
        var (stages, soak, thresholds) = RolloutRequests.Read(request, errors);
        if (errors.Count > 0)
            return ApiProblems.Validation(errors, "The rollout is not valid; nothing was started.");
        var change = engine.Create(vendor, releaseId, stages, soak, thresholds, context.GetAccessToken()?.Id);
        return change.Outcome switch
        {
            RolloutChangeOutcome.Done => TypedResults.Created($"/api/v1/makers/{vendor}/rollouts/{change.Rollout!.Id}", engine.View(change.Rollout)),
            RolloutChangeOutcome.NotFound => ApiProblems.NotFound(change.Reason!),
            _ => ApiProblems.Conflict(change.Reason!),
        };
    }

    internal static Results<Ok<IReadOnlyList<RolloutView>>, ProblemHttpResult> ListRollouts(string vendor, string? release, HttpContext context, RolloutEngine engine)
    {
        if (MakerAccess.Refuse(context, vendor) is { } forbidden)
            return forbidden;
        return TypedResults.Ok<IReadOnlyList<RolloutView>>([.. engine.List(vendor, release).Select(engine.View)]);
    }

    internal static Results<Ok<RolloutView>, ProblemHttpResult> GetRollout(string vendor, string rolloutId, HttpContext context, RolloutEngine engine)
    {
        if (MakerAccess.Refuse(context, vendor) is { } forbidden)
            return forbidden;
        return engine.Find(vendor, rolloutId) is { } rollout
            ? TypedResults.Ok(engine.View(rollout))
            : ApiProblems.NotFound($"No rollout '{rolloutId}' of {vendor}.");
    }

    private static Results<Ok<RolloutView>, ProblemHttpResult> Change(string vendor, HttpContext context, RolloutEngine engine, Func<RolloutEngine, RolloutChange> change)
    {
        if (MakerAccess.Refuse(context, vendor) is { } forbidden)
            return forbidden;
        var result = change(engine);
        return result.Outcome switch
        {
            RolloutChangeOutcome.Done => TypedResults.Ok(engine.View(result.Rollout!)),
            RolloutChangeOutcome.NotFound => ApiProblems.NotFound(result.Reason!),
            _ => ApiProblems.Conflict(result.Reason!),
        };
    }
}
