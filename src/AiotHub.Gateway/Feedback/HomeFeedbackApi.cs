using AiotHub.Core.Devices;
using AiotHub.Core.Profiles;
using AiotHub.Gateway.Access;
using AiotHub.Gateway.Apis;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace AiotHub.Gateway.Feedback;

/// <summary>
/// A home's problem reports to device makers (docs/api.md "Feedback"): POST …/devices/{deviceId}/feedback sends one, with
/// the context snapshot (<see cref="FeedbackContext"/>) only on <c>"consent": true</c>, and answers 201 with exactly what
/// the maker gets; GET …/feedback lists the home's reports with the makers' answers. Policy: owner and member
/// (<see cref="AccessPolicy.HomeControl"/>); a guest's or an integrator's token speaks for no one in the household.
/// </summary>
internal static class HomeFeedbackApi
{
    /// <summary>The most reports one GET lists.</summary>
    public const int MaxLimit = 500;

    public static IEndpointRouteBuilder MapHomeFeedbackApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/homes/{homeId}").WithTags("Feedback").RequireAuthorization(AccessPolicy.HomeControl);
        api.MapPost("/devices/{deviceId}/feedback", Report);
        api.MapGet("/feedback", List);
        return app;
    }

    internal static Results<Created<MakerFeedbackReport>, ValidationProblem, ProblemHttpResult> Report(
        string homeId, string deviceId, FeedbackRequest? request, DeviceRegistry registry, FeedbackContextBuilder contexts,
        FeedbackStore store, IOptions<FeedbackOptions> options, TimeProvider time)
    {
        if (HomesApi.FindHome(registry, homeId) is null)
            return ApiProblems.HomeNotFound(homeId);
        if (DevicesApi.FindDevice(registry, homeId, deviceId) is not { } device)
            return DevicesApi.DeviceNotFound(homeId, deviceId);
        var errors = new List<ProfileError>();
        var text = FeedbackText.Read(request?.Text, "$.text", errors);
        var category = string.IsNullOrEmpty(request?.Category) ? null : request.Category;
        if (category is not null && !FeedbackCategories.IsValid(category))
            errors.Add(new("$.category", $"one of {string.Join(", ", FeedbackCategories.All.Select(c => $"\"{c}\""))}, or none"));
        if (request?.Consent != true)
            errors.Add(new("$.consent", "true: the report and the device's context (model, firmware, profile version, recent commands, availability, error counters) go to its maker only with your consent"));
        if (errors.Count > 0 || text is null)
            return ApiProblems.Validation(errors);

        var report = new FeedbackReport(FeedbackStore.NewId(), homeId, device.Id, time.GetUtcNow(), category, text, contexts.Take(device));
        if (!store.TryAdd(report))
            return TypedResults.Problem(
                $"This home has sent {options.Value.MaxReportsPerHomePerDay} problem reports in the last 24 hours; nothing was sent, try again later.",
                statusCode: StatusCodes.Status429TooManyRequests, title: "Too many reports.");
        return TypedResults.Created($"/api/v1/homes/{homeId}/feedback", report.ToMaker());
    }

    internal static Results<Ok<FeedbackList<HomeFeedbackReport>>, ValidationProblem, ProblemHttpResult> List(
        string homeId, int? limit, DeviceRegistry registry, FeedbackStore store)
    {
        if (HomesApi.FindHome(registry, homeId) is null)
            return ApiProblems.HomeNotFound(homeId);
        if (limit is < 1 or > MaxLimit)
            return ApiProblems.Validation("limit", $"1–{MaxLimit}");
        var reports = store.ForHome(homeId, limit ?? 100);
        return TypedResults.Ok(new FeedbackList<HomeFeedbackReport>([.. reports.Select(r => r.ToHome())], store.CountForHome(homeId)));
    }
}
