using AiotHub.Core.Devices;
using AiotHub.Core.Firmware;
using AiotHub.Core.Profiles;
using AiotHub.Gateway.Access;
using AiotHub.Gateway.Apis;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AiotHub.Gateway.Feedback;

/// <summary>
/// A device maker's view of its models in the homes of this hub (docs/api.md "Feedback"): GET …/feedback (the reports,
/// per model and firmware version), POST …/feedback/{id}/answer (the home sees it), GET …/health (per model and firmware
/// version). Only a device-maker token of {vendor} (<see cref="AccessToken.MakerOf"/>); anyone else gets 403. Nothing
/// here names a home or a device.
/// </summary>
internal static class MakerFeedbackApi
{
    public const int MaxLimit = 500;

    public static RouteGroupBuilder MapMakerFeedbackApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/makers/{vendor}").WithTags("Feedback").RequireAuthorization(AccessPolicy.SignedIn);
        api.MapGet("/feedback", List);
        api.MapPost("/feedback/{id}/answer", Answer);
        api.MapGet("/health", Health);
        return api;
    }

    internal static Results<Ok<FeedbackList<MakerFeedbackReport>>, ValidationProblem, ProblemHttpResult> List(
        string vendor, string? model, string? firmware, int? limit, HttpContext context, FeedbackStore store)
    {
        if (NotTheMaker(context, vendor) is { } forbidden)
            return forbidden;
        var errors = new List<ProfileError>();
        model = ReadModel(vendor, model, errors);
        firmware = string.IsNullOrEmpty(firmware) ? null : firmware;
        if (firmware is { Length: > FirmwareVersion.MaxLength })
            errors.Add(new("firmware", $"a firmware version of at most {FirmwareVersion.MaxLength} characters"));
        if (limit is < 1 or > MaxLimit)
            errors.Add(new("limit", $"1–{MaxLimit}"));
        if (errors.Count > 0)
            return ApiProblems.Validation(errors);
        var reports = store.ForVendor(vendor, model, firmware, limit ?? 100);
        return TypedResults.Ok(new FeedbackList<MakerFeedbackReport>([.. reports.Select(r => r.ToMaker())], store.CountForVendor(vendor, model, firmware)));
    }

    internal static Results<Ok<MakerFeedbackReport>, ValidationProblem, ProblemHttpResult> Answer(
        string vendor, string id, FeedbackAnswerRequest? request, HttpContext context, FeedbackStore store)
    {
        if (NotTheMaker(context, vendor) is { } forbidden)
            return forbidden;
        var errors = new List<ProfileError>();
        var text = FeedbackText.Read(request?.Text, "$.text", errors);
        if (text is null)
            return ApiProblems.Validation(errors);
        return store.Answer(vendor, id, text) is { } report
            ? TypedResults.Ok(report.ToMaker())
            : ApiProblems.NotFound($"No report '{id}' about a model of '{vendor}'.");
    }

    internal static Results<Ok<MakerHealthResponse>, ValidationProblem, ProblemHttpResult> Health(
        string vendor, string? model, HttpContext context, MakerHealth health)
    {
        if (NotTheMaker(context, vendor) is { } forbidden)
            return forbidden;
        var errors = new List<ProfileError>();
        model = ReadModel(vendor, model, errors);
        return errors.Count > 0 ? ApiProblems.Validation(errors) : TypedResults.Ok(health.Read(vendor, model));
    }

    private static ProblemHttpResult? NotTheMaker(HttpContext context, string vendor) =>
        context.GetAccessToken()?.MakerOf(vendor) is null
            ? TypedResults.Problem($"Only a device-maker token of '{vendor}' reads its feedback and health.", statusCode: StatusCodes.Status403Forbidden, title: "Forbidden.")
            : null;

    private static string? ReadModel(string vendor, string? model, List<ProfileError> errors)
    {
        if (string.IsNullOrEmpty(model))
            return null;
        if (ProfileCatalog.VendorOf(model) != vendor)
            errors.Add(new("model", $"a model of '{vendor}' ('{vendor}.…')"));
        return model;
    }
}
