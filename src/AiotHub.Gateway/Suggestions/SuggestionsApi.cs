using System.Globalization;
using AiotHub.Automation.Automations;
using AiotHub.Automation.Scenes;
using AiotHub.Core.Activity;
using AiotHub.Core.Devices;
using AiotHub.Core.Profiles;
using AiotHub.Gateway.Access;
using AiotHub.Gateway.Apis;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace AiotHub.Gateway.Suggestions;

/// <summary>
/// /api/v1/homes/{homeId}/suggestions: the routines the hub found in the home's activity (docs/api.md "Suggestions"),
/// each with its evidence, and what the household decided — accept (stored as an ordinary automation or scene),
/// dismiss (never suggested again), snooze. Policies: reading and deciding — owner or member
/// (<see cref="AccessPolicy.HomeControl"/>: the evidence is the household's own doing, not a guest's to read); the
/// switch and deleting what was learned — the owner (<see cref="AccessPolicy.HomeOwner"/>; members read the switch).
/// </summary>
internal static class SuggestionsApi
{
    public const int MaxReasonLength = 200;
    public const int MaxKeyLength = 256;
    public static readonly TimeSpan DefaultSnooze = TimeSpan.FromDays(7);
    public static readonly TimeSpan MinSnooze = TimeSpan.FromHours(1);
    public static readonly TimeSpan MaxSnooze = TimeSpan.FromDays(90);

    public static RouteGroupBuilder MapSuggestionsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/homes/{homeId}/suggestions").WithTags("Suggestions").RequireAuthorization(AccessPolicy.HomeControl);
        api.MapGet("/", ListSuggestions);
        api.MapDelete("/", DeleteSuggestions).RequireAuthorization(AccessPolicy.HomeOwner);
        api.MapGet("/settings", GetSettings);
        api.MapPut("/settings", PutSettings).RequireAuthorization(AccessPolicy.HomeOwner);
        api.MapGet("/{suggestionId}", GetSuggestion);
        api.MapPost("/{suggestionId}/accept", Accept);
        api.MapPost("/{suggestionId}/dismiss", Dismiss);
        api.MapPost("/{suggestionId}/snooze", Snooze);
        return api;
    }

    internal static Results<Ok<Page<SuggestionView>>, ValidationProblem, ProblemHttpResult> ListSuggestions(
        string homeId, string? status, [AsParameters] PageQuery query, DeviceRegistry registry, SuggestionStore store, TimeProvider time)
    {
        if (HomesApi.FindHome(registry, homeId) is null)
            return ApiProblems.HomeNotFound(homeId);
        SuggestionStatus? filter = status switch
        {
            null or "open" => SuggestionStatus.Open,
            "snoozed" => SuggestionStatus.Snoozed,
            "dismissed" => SuggestionStatus.Dismissed,
            "accepted" => SuggestionStatus.Accepted,
            "all" => null,
            _ => (SuggestionStatus)(-1),
        };
        if (filter == (SuggestionStatus)(-1))
            return ApiProblems.Validation("status", "open, snoozed, dismissed, accepted or all");
        if (!ApiPaging.TryRead(query, out var request, out var problem))
            return problem;
        var now = time.GetUtcNow();
        // Switched off, the home shows nothing it learned (what is kept stays until the owner deletes it).
        var items = store.IsEnabled(homeId) ? store.List(homeId, filter, now) : [];
        return TypedResults.Ok(ApiPaging.Paginate(items.Select(s => SuggestionView.Of(s, now)), v => ApiPaging.NewestFirst(v.Occurrences.Count > 0 ? v.Occurrences.Max(o => o.Time) : v.LastMined, v.Id), request));
    }

    internal static Results<Ok<SuggestionView>, ProblemHttpResult> GetSuggestion(
        string homeId, string suggestionId, DeviceRegistry registry, SuggestionStore store, TimeProvider time) =>
        Find(registry, store, homeId, suggestionId) is { } stored
            ? TypedResults.Ok(SuggestionView.Of(stored, time.GetUtcNow()))
            : SuggestionNotFound(registry, store, homeId, suggestionId);

    internal static Results<Created<AutomationEntry>, Created<Scene>, Ok<AutomationEntry>, ValidationProblem, ProblemHttpResult> Accept(
        string homeId, string suggestionId, AcceptSuggestionRequest? request, HttpContext context, DeviceRegistry registry, SuggestionStore store, SuggestionAcceptance acceptance)
    {
        if (Find(registry, store, homeId, suggestionId) is null)
            return SuggestionNotFound(registry, store, homeId, suggestionId);
        string? name = null;
        if (request?.Name is not null)
        {
            var errors = new List<ProfileError>();
            name = ApiNames.Read(request.Name, "$.name", SceneDefinitionReader.MaxNameLength,
                $"a name has 1 to {SceneDefinitionReader.MaxNameLength} characters, or leave it out to keep the suggested one", errors);
            if (name is null)
                return ApiProblems.Validation(errors, "The name is not valid; nothing was stored.");
        }

        var result = acceptance.Accept(homeId, suggestionId, name);
        switch (result.Status)
        {
            case SuggestionAcceptStatus.CreatedAutomation:
                ApiETags.Set(context, result.Automation!.Version);
                return TypedResults.Created($"/api/v1/homes/{homeId}/automations/{result.Automation.Id}", AutomationHooks.ForCaller(context, result.Automation));
            case SuggestionAcceptStatus.ReplacedAutomation:
                ApiETags.Set(context, result.Automation!.Version);
                context.Response.Headers.Location = $"/api/v1/homes/{homeId}/automations/{result.Automation.Id}";
                return TypedResults.Ok(AutomationHooks.ForCaller(context, result.Automation));
            case SuggestionAcceptStatus.CreatedScene:
                ApiETags.Set(context, result.Scene!.Version);
                return TypedResults.Created($"/api/v1/homes/{homeId}/scenes/{result.Scene.Id}", result.Scene);
            case SuggestionAcceptStatus.Conflict:
                return ApiProblems.Conflict(result.Reason!, result.Problems is { Count: > 0 } problems
                    ? new Dictionary<string, object?> { ["errors"] = problems.GroupBy(p => p.Path, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray(), StringComparer.Ordinal) }
                    : null);
            default:
                return SuggestionNotFound(registry, store, homeId, suggestionId);
        }
    }

    internal static Results<Ok<SuggestionView>, ValidationProblem, ProblemHttpResult> Dismiss(
        string homeId, string suggestionId, DismissSuggestionRequest? request, DeviceRegistry registry, SuggestionStore store, TimeProvider time, IOptions<SuggestionsOptions> options)
    {
        if (Find(registry, store, homeId, suggestionId) is not { } stored)
            return SuggestionNotFound(registry, store, homeId, suggestionId);
        var reason = request?.Reason?.Trim();
        if (reason is { Length: 0 })
            reason = null;
        if (reason is { Length: > MaxReasonLength })
            return ApiProblems.Validation("$.reason", $"a reason has up to {MaxReasonLength} characters (this one has {reason.Length})");
        if (reason is not null && DisplayNames.Problem(reason) is { } problem)
            return ApiProblems.Validation("$.reason", problem);
        return Decide(stored, new SuggestionDecision(SuggestionStatus.Dismissed, time.GetUtcNow(), Reason: reason), store, options.Value);
    }

    internal static Results<Ok<SuggestionView>, ValidationProblem, ProblemHttpResult> Snooze(
        string homeId, string suggestionId, SnoozeSuggestionRequest? request, DeviceRegistry registry, SuggestionStore store, TimeProvider time, IOptions<SuggestionsOptions> options)
    {
        if (Find(registry, store, homeId, suggestionId) is not { } stored)
            return SuggestionNotFound(registry, store, homeId, suggestionId);
        var duration = DefaultSnooze;
        if (request?.For is { } text && (!AutomationDurations.TryParseDuration(text, allowNegative: false, out duration) || duration < MinSnooze || duration > MaxSnooze))
            return ApiProblems.Validation("$.for", "a duration from 1h to 90d, such as \"12h\", \"7d\" or \"2d12h\"");
        var now = time.GetUtcNow();
        return Decide(stored, new SuggestionDecision(SuggestionStatus.Snoozed, now, SnoozedUntil: now + duration), store, options.Value);
    }

    internal static Results<Ok<SuggestionSettings>, ProblemHttpResult> GetSettings(string homeId, DeviceRegistry registry, SuggestionStore store) =>
        HomesApi.FindHome(registry, homeId) is null
            ? ApiProblems.HomeNotFound(homeId)
            : TypedResults.Ok(new SuggestionSettings(store.IsEnabled(homeId)));

    internal static Results<Ok<SuggestionSettings>, ValidationProblem, ProblemHttpResult> PutSettings(
        string homeId, SuggestionSettings? request, DeviceRegistry registry, SuggestionStore store)
    {
        if (HomesApi.FindHome(registry, homeId) is null)
            return ApiProblems.HomeNotFound(homeId);
        if (request?.Enabled is not { } enabled)
            return ApiProblems.Validation("$.enabled", "true (mine the home's activity for suggestions) or false (mine nothing, show nothing)");
        store.SetEnabled(homeId, enabled);
        return TypedResults.Ok(new SuggestionSettings(enabled));
    }

    internal static Results<Ok<SuggestionsDeletedResponse>, ValidationProblem, ProblemHttpResult> DeleteSuggestions(
        string homeId, string? activity, DeviceRegistry registry, SuggestionStore store, ActivityStore log, SuggestionMiningService miner)
    {
        if (HomesApi.FindHome(registry, homeId) is null)
            return ApiProblems.HomeNotFound(homeId);
        if (activity is not (null or "true" or "false"))
            return ApiProblems.Validation("activity", "true (delete the home's activity log too) or false (keep it; the default)");
        int? deletedActivity = activity == "true" ? log.Delete(homeId) : null;
        var (suggestions, decisions) = store.Delete(homeId);
        // The window in memory goes too: with the log kept, the next pass reads it again and finds what it still shows.
        miner.Forget(homeId);
        return TypedResults.Ok(new SuggestionsDeletedResponse(suggestions, decisions, deletedActivity));
    }

    private static Results<Ok<SuggestionView>, ValidationProblem, ProblemHttpResult> Decide(
        StoredSuggestion stored, SuggestionDecision decision, SuggestionStore store, SuggestionsOptions options)
    {
        // Once stored as an automation or scene, the suggestion's story is over: that is edited or deleted where it lives.
        if (stored.Decision is { Status: SuggestionStatus.Accepted, AcceptedAs: { } accepted })
            return ApiProblems.Conflict($"The suggestion was accepted already, as {accepted.Kind} '{accepted.Id}'; change or delete that instead.");
        store.Decide(stored.HomeId, stored.Suggestion.Key, decision, options.MaxDecisionsPerHome);
        return TypedResults.Ok(SuggestionView.Of(stored with { Decision = decision }, decision.DecidedAt));
    }

    private static StoredSuggestion? Find(DeviceRegistry registry, SuggestionStore store, string homeId, string key) =>
        key.Length <= MaxKeyLength && HomesApi.FindHome(registry, homeId) is not null && store.IsEnabled(homeId) ? store.Find(homeId, key) : null;

    private static ProblemHttpResult SuggestionNotFound(DeviceRegistry registry, SuggestionStore store, string homeId, string key) =>
        HomesApi.FindHome(registry, homeId) is null ? ApiProblems.HomeNotFound(homeId)
        : !store.IsEnabled(homeId) ? ApiProblems.NotFound($"Home '{homeId}' has suggestions switched off.")
        : ApiProblems.NotFound(string.Create(CultureInfo.InvariantCulture, $"Home '{homeId}' has no suggestion '{key}'."));

}
