using AiotHub.Core.Devices;
using AiotHub.Core.Firmware;
using AiotHub.Core.Profiles;
using AiotHub.Gateway.Firmware;
using AiotHub.Gateway.Apis;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AiotHub.Gateway.Feedback;

/// <summary>
/// A device maker's view of its models in the homes of this hub (docs/api.md "Feedback"): GET …/feedback (the reports,
/// per model and firmware version), POST …/feedback/{id}/answer (the home sees it), GET …/health (per model and firmware
/// version). Only a device-maker token of {vendor} (<see cref="MakerRoutes"/>); anyone else gets 403. Nothing
/// here names a home or a device.
/// </summary>
internal static class MakerFeedbackApi
{
    public static RouteGroupBuilder MapMakerFeedbackApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapMakerGroup("Feedback");
        api.MapGet("/feedback", List);
        api.MapPost("/feedback/{id}/answer", Answer);
        api.MapGet("/health", Health);
        return api;
    }

    internal static Results<Ok<Page<MakerFeedbackReport>>, ValidationProblem, ProblemHttpResult> List(
        string vendor, string? model, string? firmware, [AsParameters] PageQuery query, FeedbackStore store)
    {
        var errors = new List<ProfileError>();
        model = ReadModel(vendor, model, errors);
        firmware = string.IsNullOrEmpty(firmware) ? null : firmware;
        if (firmware is { Length: > FirmwareVersion.MaxLength })
            errors.Add(new("firmware", $"a firmware version of at most {FirmwareVersion.MaxLength} characters"));
        if (!ApiPaging.TryRead(query, out var page, out var problem))
            errors.AddRange(problem.ProblemDetails.Errors.SelectMany(e => e.Value.Select(m => new ProfileError(e.Key, m))));
        if (errors.Count > 0)
            return ApiProblems.Validation(errors);
        var reports = store.ForVendor(vendor, model, firmware, page.After, page.Limit + 1);
        return TypedResults.Ok(FeedbackPages.Of(reports, page, r => r.ToMaker(), store.CountForVendor(vendor, model, firmware)));
    }

    internal static Results<Ok<MakerFeedbackReport>, ValidationProblem, ProblemHttpResult> Answer(
        string vendor, string id, FeedbackAnswerRequest? request, FeedbackStore store)
    {
        var errors = new List<ProfileError>();
        var text = FeedbackText.Read(request?.Text, "$.text", errors);
        if (text is null)
            return ApiProblems.Validation(errors);
        return store.Answer(vendor, id, text) is { } report
            ? TypedResults.Ok(report.ToMaker())
            : ApiProblems.NotFound($"No report '{id}' about a model of '{vendor}'.");
    }

    internal static Results<Ok<MakerHealthResponse>, ValidationProblem, ProblemHttpResult> Health(
        string vendor, string? model, MakerHealth health)
    {
        var errors = new List<ProfileError>();
        model = ReadModel(vendor, model, errors);
        return errors.Count > 0 ? ApiProblems.Validation(errors) : TypedResults.Ok(health.Read(vendor, model));
    }

    private static string? ReadModel(string vendor, string? model, List<ProfileError> errors)
    {
        if (string.IsNullOrEmpty(model))
            return null;
        if (ProfileCatalog.VendorOf(model) != vendor)
            errors.Add(new("model", $"a model of '{vendor}' ('{vendor}.…')"));
        return model;
    }
}
