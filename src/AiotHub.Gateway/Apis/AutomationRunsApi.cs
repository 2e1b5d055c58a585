using System.Globalization;
using System.Text.Json;
using AiotHub.Automation.Automations;
using AiotHub.Automation.Traces;
using AiotHub.Core.Profiles;
using AiotHub.Gateway.Access;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AiotHub.Gateway.Apis;

/// <summary>
/// /api/v1/homes/{homeId}/automation-runs: the traces of automation runs, newest first — what
/// triggered each, every condition's result and every step with its command's outcome. Policy:
/// owner, member or integrator (<see cref="AccessPolicy.AutomationRunsRead"/>); a guest's token is
/// for using the home, and a trace shows every device an automation touched.
/// </summary>
internal static class AutomationRunsApi
{
    private static readonly Dictionary<string, AutomationRunResult> Results =
        Enum.GetValues<AutomationRunResult>().ToDictionary(r => JsonNamingPolicy.KebabCaseLower.ConvertName(r.ToString()), StringComparer.Ordinal);

    public static RouteGroupBuilder MapAutomationRunsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/homes/{homeId}/automation-runs").WithTags("Automations").RequireAuthorization(AccessPolicy.AutomationRunsRead);
        api.MapGet("/", ListRuns);
        api.MapGet("/{runId}", GetRun);
        return api;
    }

    internal static Results<Ok<Page<AutomationRun>>, ValidationProblem, ProblemHttpResult> ListRuns(
        string homeId, [AsParameters] AutomationRunsQuery query, HttpContext context, AutomationCatalog catalog, AutomationEngine engine, AccessTokens tokens)
    {
        if (HomesApi.FindHome(catalog.Registry, homeId) is null)
            return ApiProblems.NotFound($"No home '{homeId}'.");
        var errors = new List<ProfileError>();
        AutomationRunResult? result = null;
        if (query.Result is not null)
        {
            if (Results.TryGetValue(query.Result, out var parsed))
                result = parsed;
            else
                errors.Add(new("result", $"one of {string.Join(", ", Results.Keys)}"));
        }

        var from = QueryTime.Read(query.From, "from", errors);
        var to = QueryTime.Read(query.To, "to", errors);
        if (!ApiPaging.TryRead(new PageQuery(query.Limit, query.Cursor, context), out var page, out var problem))
            errors.AddRange(problem.ProblemDetails.Errors.SelectMany(e => e.Value.Select(m => new ProfileError(e.Key, m))));
        if (errors.Count > 0)
            return ApiProblems.Validation(errors);

        var filter = new AutomationRunQuery(homeId, string.IsNullOrEmpty(query.AutomationId) ? null : query.AutomationId, result, from, to);
        var runs = engine.QueryRuns(filter, page.Limit + 1, page.After);
        var items = runs.Take(page.Limit).ToList();
        var next = runs.Count > page.Limit ? page.Cursors.Encode(items[^1].Id) : null;
        return TypedResults.Ok(new Page<AutomationRun>(AutomationRunStarters.Named(items, homeId, tokens), next, engine.CountRuns(filter)));
    }

    internal static Results<Ok<AutomationRun>, ProblemHttpResult> GetRun(string homeId, string runId, AutomationEngine engine, AccessTokens tokens) =>
        engine.FindRun(homeId, runId) is { } run
            ? TypedResults.Ok(AutomationRunStarters.Named(run, tokens))
            : ApiProblems.NotFound($"No automation run '{runId}' in home '{homeId}'.");

}
