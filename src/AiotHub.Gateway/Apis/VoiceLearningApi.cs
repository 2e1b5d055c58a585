using System.Globalization;
using AiotHub.Automation.Scenes;
using AiotHub.Automation.Voice.Learning;
using AiotHub.Core.Devices;
using AiotHub.Core.Profiles;
using AiotHub.Gateway.Access;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AiotHub.Gateway.Apis;

/// <summary>
/// /api/v1/homes/{homeId}/voice/…: what the home's assistant learns (issue 14 item 5). Policies: the not-understood
/// log, the intent counts and the log switch — the owner (<see cref="AccessPolicy.HomeOwner"/>: what people said is
/// private to the home's owner); taught utterances — owner or member (<see cref="AccessPolicy.HomeControl"/>: teaching
/// is setting the home up, as scenes and aliases are), teaching straight from a logged entry the owner only.
/// </summary>
internal static class VoiceLearningApi
{
    public static RouteGroupBuilder MapVoiceLearningApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/homes/{homeId}/voice").WithTags("Voice");
        api.MapGet("/not-understood", ListNotUnderstood).RequireAuthorization(AccessPolicy.HomeOwner);
        api.MapDelete("/not-understood", DeleteAllNotUnderstood).RequireAuthorization(AccessPolicy.HomeOwner);
        api.MapDelete("/not-understood/{entryId}", DeleteNotUnderstood).RequireAuthorization(AccessPolicy.HomeOwner);
        api.MapGet("/intents", ListIntents).RequireAuthorization(AccessPolicy.HomeOwner);
        api.MapDelete("/intents", DeleteIntents).RequireAuthorization(AccessPolicy.HomeOwner);
        api.MapGet("/settings", GetSettings).RequireAuthorization(AccessPolicy.HomeOwner);
        api.MapPut("/settings", PutSettings).RequireAuthorization(AccessPolicy.HomeOwner);
        api.MapGet("/taught", ListTaught).RequireAuthorization(AccessPolicy.HomeControl);
        api.MapPost("/taught", Teach).RequireAuthorization(AccessPolicy.HomeControl);
        api.MapGet("/taught/{taughtId}", GetTaught).RequireAuthorization(AccessPolicy.HomeControl);
        api.MapDelete("/taught/{taughtId}", Forget).RequireAuthorization(AccessPolicy.HomeControl);
        return api;
    }

    internal static Results<Ok<Page<NotUnderstoodUtterance>>, ValidationProblem, ProblemHttpResult> ListNotUnderstood(
        string homeId, [AsParameters] PageQuery query, DeviceRegistry registry, VoiceLearning learning)
    {
        if (HomesApi.FindHome(registry, homeId) is null)
            return ApiProblems.HomeNotFound(homeId);
        if (!ApiPaging.TryRead(query, out var request, out var problem))
            return problem;
        return TypedResults.Ok(ApiPaging.Paginate(learning.ListNotUnderstood(homeId), u => ApiPaging.NewestFirst(u.LastSaid, ApiPaging.Number(u.Id)), request));
    }

    internal static Results<Ok<VoiceDeletedResponse>, ProblemHttpResult> DeleteAllNotUnderstood(string homeId, DeviceRegistry registry, VoiceLearning learning) =>
        HomesApi.FindHome(registry, homeId) is null
            ? ApiProblems.HomeNotFound(homeId)
            : TypedResults.Ok(new VoiceDeletedResponse(learning.DeleteNotUnderstood(homeId, null)));

    internal static Results<NoContent, ProblemHttpResult> DeleteNotUnderstood(string homeId, string entryId, DeviceRegistry registry, VoiceLearning learning)
    {
        if (HomesApi.FindHome(registry, homeId) is null)
            return ApiProblems.HomeNotFound(homeId);
        return Id(entryId) is { } id && learning.DeleteNotUnderstood(homeId, id) > 0
            ? TypedResults.NoContent()
            : ApiProblems.NotFound($"Home '{homeId}' keeps no not-understood utterance '{entryId}'.");
    }

    internal static Results<Ok<VoiceIntentCountsResponse>, ProblemHttpResult> ListIntents(string homeId, DeviceRegistry registry, VoiceLearning learning)
    {
        if (HomesApi.FindHome(registry, homeId) is null)
            return ApiProblems.HomeNotFound(homeId);
        var counts = learning.ListIntentCounts(homeId);
        return TypedResults.Ok(new VoiceIntentCountsResponse(counts, counts.Sum(c => c.Count)));
    }

    internal static Results<Ok<VoiceDeletedResponse>, ProblemHttpResult> DeleteIntents(string homeId, DeviceRegistry registry, VoiceLearning learning) =>
        HomesApi.FindHome(registry, homeId) is null
            ? ApiProblems.HomeNotFound(homeId)
            : TypedResults.Ok(new VoiceDeletedResponse(learning.DeleteIntentCounts(homeId)));

    internal static Results<Ok<VoiceLogSettings>, ProblemHttpResult> GetSettings(string homeId, DeviceRegistry registry, VoiceLearning learning) =>
        HomesApi.FindHome(registry, homeId) is null
            ? ApiProblems.HomeNotFound(homeId)
            : TypedResults.Ok(new VoiceLogSettings(learning.IsLogEnabled(homeId)));

    internal static Results<Ok<VoiceLogSettings>, ValidationProblem, ProblemHttpResult> PutSettings(
        string homeId, VoiceLogSettings? request, DeviceRegistry registry, VoiceLearning learning)
    {
        if (HomesApi.FindHome(registry, homeId) is null)
            return ApiProblems.HomeNotFound(homeId);
        if (request?.LogEnabled is not { } enabled)
            return ApiProblems.Validation("$.logEnabled", "true (keep what the assistant did not understand, and count intents) or false (keep nothing new)");
        learning.SetLogEnabled(homeId, enabled);
        return TypedResults.Ok(new VoiceLogSettings(enabled));
    }

    internal static Results<Ok<Page<TaughtUtterance>>, ValidationProblem, ProblemHttpResult> ListTaught(
        string homeId, [AsParameters] PageQuery query, DeviceRegistry registry, VoiceLearning learning)
    {
        if (HomesApi.FindHome(registry, homeId) is null)
            return ApiProblems.HomeNotFound(homeId);
        if (!ApiPaging.TryRead(query, out var request, out var problem))
            return problem;
        return TypedResults.Ok(ApiPaging.Paginate(learning.ListTaught(homeId), t => ApiPaging.Number(t.Id), request));
    }

    internal static Results<Ok<TaughtUtterance>, ProblemHttpResult> GetTaught(string homeId, string taughtId, DeviceRegistry registry, VoiceLearning learning)
    {
        if (HomesApi.FindHome(registry, homeId) is null)
            return ApiProblems.HomeNotFound(homeId);
        return Id(taughtId) is { } id && learning.FindTaught(homeId, id) is { } taught
            ? TypedResults.Ok(taught)
            : TaughtNotFound(homeId, taughtId);
    }

    internal static Results<NoContent, ProblemHttpResult> Forget(string homeId, string taughtId, DeviceRegistry registry, VoiceLearning learning)
    {
        if (HomesApi.FindHome(registry, homeId) is null)
            return ApiProblems.HomeNotFound(homeId);
        return Id(taughtId) is { } id && learning.Forget(homeId, id) ? TypedResults.NoContent() : TaughtNotFound(homeId, taughtId);
    }

    internal static Results<Created<TaughtUtterance>, Ok<TaughtUtterance>, ValidationProblem, ProblemHttpResult> Teach(
        string homeId, TeachVoiceRequest? request, HttpContext context, DeviceRegistry registry, VoiceLearning learning)
    {
        if (HomesApi.FindHome(registry, homeId) is null)
            return ApiProblems.HomeNotFound(homeId);
        var utterance = request?.Utterance;
        if (request?.EntryId is { } entryId)
        {
            // The log is the owner's to read: a member teaches by saying what to teach.
            if (context.GetAccessToken()?.RoleIn(homeId) is { } role && role != AccessRole.Owner)
                return TypedResults.Problem("Teaching from the not-understood log needs the home's owner; send the utterance instead.",
                    statusCode: StatusCodes.Status403Forbidden, title: "Forbidden.");
            if (utterance is not null)
                return ApiProblems.Validation("$.entryId", "either an utterance or the entryId of a logged one, not both");
            if (learning.FindNotUnderstood(homeId, entryId) is not { } entry)
                return ApiProblems.Validation("$.entryId", $"home '{homeId}' keeps no not-understood utterance {entryId.ToString(CultureInfo.InvariantCulture)}");
            utterance = entry.Text;
        }

        var device = request?.Device is { } d ? new SceneStep(d.DeviceId ?? "", d.Set, d.Call, d.In) : null;
        var alias = request?.Alias is { } a ? new TaughtAlias(a.DeviceId ?? "", a.Name ?? utterance ?? "") : null;
        var result = learning.Teach(homeId, utterance, device, request?.Scene, alias, context.GetAccessToken()?.Id);
        return result.Status switch
        {
            TeachStatus.Created => TypedResults.Created($"/api/v1/homes/{homeId}/voice/taught/{result.Taught!.Id.ToString(CultureInfo.InvariantCulture)}", result.Taught),
            TeachStatus.Replaced => TypedResults.Ok(result.Taught),
            TeachStatus.Full => ApiProblems.Conflict(result.Errors[0].Message),
            _ => ApiProblems.Validation(result.Errors, "The teaching is not valid; nothing was changed."),
        };
    }

    private static long? Id(string text) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;


    private static ProblemHttpResult TaughtNotFound(string homeId, string taughtId) =>
        ApiProblems.NotFound($"Home '{homeId}' has no taught utterance '{taughtId}'.");
}
