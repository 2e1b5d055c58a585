using AiotHub.Automation.Scenes;
using AiotHub.Automation.Voice;
using AiotHub.Core.Profiles;
using AiotHub.Gateway.Access;
using AiotHub.Gateway.Voice;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AiotHub.Gateway.Apis;

/// <summary>
/// POST /api/v1/homes/{homeId}/voice: the voice assistant (<see cref="VoiceAssistant"/>: what the home taught, then the
/// intent engine; what came of it recorded for the home) over HTTP.
/// Policy: owner, member or guest (<see cref="AccessPolicy.SceneRun"/>); what the utterance means
/// decides the rest — commands need owner or member (as <see cref="AccessPolicy.HomeControl"/>), a
/// guest may only ask questions and run its scenes. Checked after understanding, before anything is sent.
/// </summary>
internal static class VoiceApi
{
    /// <summary>The assistant's one utterance limit, shared with a device's voice-command (<see cref="VoiceText.MaxUtteranceLength"/>).</summary>
    public const int MaxTextLength = VoiceText.MaxUtteranceLength;

    public static RouteGroupBuilder MapVoiceApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/homes/{homeId}/voice").WithTags("Voice").RequireAuthorization(AccessPolicy.SceneRun);
        api.MapPost("/", Handle);
        return api;
    }

    internal static Results<Ok<VoiceResult>, ValidationProblem, ProblemHttpResult> Handle(
        string homeId, VoiceRequest? request, HttpContext context, SceneCatalog scenes, VoiceAssistant assistant)
    {
        if (HomesApi.FindHome(scenes.Registry, homeId) is null)
            return ApiProblems.NotFound($"No home '{homeId}'.");
        var errors = new List<ProfileError>();
        var text = request?.Text?.Trim();
        if (string.IsNullOrEmpty(text) || text.Length > MaxTextLength)
            errors.Add(new("$.text", $"an utterance of 1 to {MaxTextLength} characters"));
        if (request?.Language is { } language && language is not ("en" or "zh"))
            errors.Add(new("$.language", "\"en\", \"zh\" or absent (detected)"));
        if (errors.Count > 0)
            return ApiProblems.Validation(errors, "The utterance is not valid; nothing was done.");

        // A taught utterance first, then the engine (VoiceAssistant); what came of it is recorded for the home.
        var understanding = assistant.Understand(homeId, text!, request?.Language);
        var understood = understanding.Result;
        var role = context.GetAccessToken()?.RoleIn(homeId);
        if (role is AccessRole.Guest)
        {
            // Questions and answers that change nothing are open to guests; a home mode, a timer or a device command is not.
            var allowed = !VoiceIntents.Acts(understood.Intent)
                || understood.Intent == VoiceIntents.RunScene && understood.Delay is null && context.MaySeeScene(homeId, understood.Targets[0]);
            if (!allowed)
                return TypedResults.Problem($"A guest may ask questions and run its scenes; '{understood.Intent}' needs an owner or member.",
                    statusCode: StatusCodes.Status403Forbidden, title: "Forbidden.");
        }

        return TypedResults.Ok(assistant.Execute(homeId, understanding, "voice", context.GetAccessToken()?.Id));
    }
}
