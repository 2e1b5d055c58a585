using System.Globalization;
using System.Text.Json;
using AiotHub.Automation.Automations;
using AiotHub.Automation.Traces;
using AiotHub.Core.Profiles;
using AiotHub.Gateway.Access;
using AiotHub.Gateway.Automations;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace AiotHub.Gateway.Apis;

/// <summary>
/// /api/v1/homes/{homeId}/automations: automations in the JSON format of docs/automations.md —
/// CRUD with versions as ETags, enable/disable, run now, validate without storing, export and an
/// all-or-nothing import. Policies: reading — any role of the home (<see cref="AccessPolicy.HomeRead"/>);
/// writing, enabling, importing and running — owner or member (<see cref="AccessPolicy.HomeControl"/>).
/// The traces of runs are <see cref="AutomationRunsApi"/>.
/// </summary>
internal static class AutomationsApi
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static RouteGroupBuilder MapAutomationsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/homes/{homeId}/automations").WithTags("Automations").RequireAuthorization(AccessPolicy.HomeRead);
        api.MapGet("/", ListAutomations);
        api.MapPost("/", CreateAutomation).RequireAuthorization(AccessPolicy.HomeControl);
        api.MapPost("/validate", ValidateAutomation);
        api.MapGet("/export", ExportAutomations).Produces<JsonElement>(StatusCodes.Status200OK, "application/json");
        // An export of a whole home may be larger than an ordinary request: up to Automations:Limits:ImportBytes.
        api.MapPost("/import", ImportAutomations).RequireAuthorization(AccessPolicy.HomeControl).WithMetadata(AutomationImportBodyLimit.Instance);
        api.MapGet("/{automationId}", GetAutomation).WithETags();
        api.MapPut("/{automationId}", ReplaceAutomation).WithETags().RequireAuthorization(AccessPolicy.HomeControl);
        api.MapDelete("/{automationId}", DeleteAutomation).WithETags().RequireAuthorization(AccessPolicy.HomeControl);
        api.MapPost("/{automationId}/enable", (string homeId, string automationId, HttpContext context, AutomationCatalog catalog) =>
            SetEnabled(homeId, automationId, true, context, catalog)).WithETags().RequireAuthorization(AccessPolicy.HomeControl);
        api.MapPost("/{automationId}/disable", (string homeId, string automationId, HttpContext context, AutomationCatalog catalog) =>
            SetEnabled(homeId, automationId, false, context, catalog)).WithETags().RequireAuthorization(AccessPolicy.HomeControl);
        api.MapPost("/{automationId}/run", RunAutomation).RequireAuthorization(AccessPolicy.HomeControl);
        return api;
    }

    internal static Results<Ok<Page<AutomationSummary>>, ValidationProblem, ProblemHttpResult> ListAutomations(
        string homeId, [AsParameters] PageQuery query, HttpContext context, AutomationCatalog catalog, AutomationEngine engine)
    {
        if (HomesApi.FindHome(catalog.Registry, homeId) is null)
            return ApiProblems.HomeNotFound(homeId);
        if (!ApiPaging.TryRead(query, out var request, out var problem))
            return problem;
        var page = ApiPaging.Paginate(catalog.List(homeId), a => a.Id, request);
        var items = page.Items.Select(a => AutomationSummary.Of(AutomationHooks.ForCaller(context, a), engine.QueryRuns(new AutomationRunQuery(homeId, a.Id), 1) is [var last, ..] ? AutomationLastRun.Of(last) : null));
        return TypedResults.Ok(new Page<AutomationSummary>([.. items], page.NextCursor, page.Total));
    }

    internal static Results<Ok<AutomationEntry>, StatusCodeHttpResult, ProblemHttpResult> GetAutomation(
        string homeId, string automationId, HttpContext context, AutomationCatalog catalog)
    {
        if (catalog.Find(homeId, automationId) is not { } entry)
            return AutomationNotFound(homeId, automationId);
        if (ApiETags.IsNotModified(context, entry.Version))
            return ApiETags.NotModified(context, entry.Version);
        ApiETags.Set(context, entry.Version);
        return TypedResults.Ok(AutomationHooks.ForCaller(context, entry));
    }

    internal static Results<Created<AutomationEntry>, ValidationProblem, ProblemHttpResult> CreateAutomation(
        string homeId, [FromBody] JsonElement body, HttpContext context, AutomationCatalog catalog)
    {
        if (HomesApi.FindHome(catalog.Registry, homeId) is null)
            return ApiProblems.HomeNotFound(homeId);
        var result = catalog.Create(homeId, body);
        switch (result.Status)
        {
            case AutomationWriteStatus.Done:
                ApiETags.Set(context, result.Automation!.Version);
                return TypedResults.Created($"/api/v1/homes/{homeId}/automations/{result.Automation.Id}", result.Automation);
            case AutomationWriteStatus.Duplicate:
                return Duplicate(homeId, result);
            default:
                return Invalid(result.Problems ?? []);
        }
    }

    /// <summary>
    /// Validation never says whether a hook id is taken elsewhere: only a caller who may read the home's hook ids
    /// (owner, member) hears of a clash, and only with another automation of the same home (issue 12).
    /// </summary>
    internal static Results<Ok<AutomationValidation>, ProblemHttpResult> ValidateAutomation(
        string homeId, [FromBody] JsonElement body, HttpContext context, AutomationCatalog catalog)
    {
        if (HomesApi.FindHome(catalog.Registry, homeId) is null)
            return ApiProblems.HomeNotFound(homeId);
        var result = catalog.Validate(homeId, body, checkHooks: AutomationHooks.MaySee(context, homeId));
        return TypedResults.Ok(new AutomationValidation(result.Status == AutomationWriteStatus.Done, result.Problems ?? []));
    }

    internal static Results<Ok<AutomationEntry>, ValidationProblem, ProblemHttpResult> ReplaceAutomation(
        string homeId, string automationId, [FromBody] JsonElement body, HttpContext context, AutomationCatalog catalog)
    {
        var result = catalog.Replace(homeId, automationId, body, version => ApiETags.Matches(context, version));
        switch (result.Status)
        {
            case AutomationWriteStatus.Done:
                ApiETags.Set(context, result.Automation!.Version);
                return TypedResults.Ok(result.Automation);
            case AutomationWriteStatus.Invalid:
                return Invalid(result.Problems ?? []);
            case AutomationWriteStatus.VersionMismatch:
                return ApiETags.PreconditionFailed(result.Automation!.Version);
            case AutomationWriteStatus.Duplicate:
                return Duplicate(homeId, result);
            default:
                return AutomationNotFound(homeId, automationId);
        }
    }

    internal static Results<NoContent, ProblemHttpResult> DeleteAutomation(string homeId, string automationId, HttpContext context, AutomationCatalog catalog)
    {
        var result = catalog.Delete(homeId, automationId, version => ApiETags.Matches(context, version));
        return result.Status switch
        {
            AutomationWriteStatus.Done => TypedResults.NoContent(),
            AutomationWriteStatus.VersionMismatch => ApiETags.PreconditionFailed(result.Automation!.Version),
            _ => AutomationNotFound(homeId, automationId),
        };
    }

    internal static Results<Ok<AutomationEntry>, ProblemHttpResult> SetEnabled(
        string homeId, string automationId, bool enabled, HttpContext context, AutomationCatalog catalog)
    {
        var result = catalog.SetEnabled(homeId, automationId, enabled, version => ApiETags.Matches(context, version));
        switch (result.Status)
        {
            case AutomationWriteStatus.Done:
                ApiETags.Set(context, result.Automation!.Version);
                return TypedResults.Ok(result.Automation);
            case AutomationWriteStatus.VersionMismatch:
                return ApiETags.PreconditionFailed(result.Automation!.Version);
            default:
                return AutomationNotFound(homeId, automationId);
        }
    }

    internal static Results<Accepted<AutomationRun>, ProblemHttpResult> RunAutomation(
        string homeId, string automationId, RunAutomationRequest? request, HttpContext context, AutomationCatalog catalog, AutomationEngine engine, AccessTokens tokens)
    {
        if (catalog.Find(homeId, automationId) is not { } entry)
            return AutomationNotFound(homeId, automationId);
        if (entry.State == AutomationState.Unavailable)
            return ApiProblems.Conflict($"Automation '{automationId}' is unavailable and cannot run: {string.Join("; ", entry.Problems.Select(p => $"{p.Path}: {p.Message}"))}",
                new Dictionary<string, object?> { ["problems"] = entry.Problems });
        if (engine.RunNow(homeId, automationId, request?.SkipConditions ?? false, context.GetAccessToken()?.Id) is not { } run)
            return entry.Enabled
                ? AutomationNotFound(homeId, automationId)
                : ApiProblems.Conflict($"Automation '{automationId}' is disabled; enable it to run it.");
        if (run is { Limit: { } limit, Result: not AutomationRunResult.Running })
            return AutomationLimitProblems.TooManyRuns(context, $"The run was not started: {run.Reason}.", limit, run.Id);
        return TypedResults.Accepted($"/api/v1/homes/{homeId}/automation-runs/{run.Id}", AutomationRunStarters.Named(run, tokens));
    }

    internal static Results<FileContentHttpResult, ProblemHttpResult> ExportAutomations(string homeId, string? ids, HttpContext context, AutomationCatalog catalog)
    {
        if (HomesApi.FindHome(catalog.Registry, homeId) is null)
            return ApiProblems.HomeNotFound(homeId);
        var list = ids?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (list is not null && list.FirstOrDefault(id => catalog.Find(homeId, id) is null) is { } missing)
            return AutomationNotFound(homeId, missing);
        var document = catalog.Export(homeId, list);
        if (!AutomationHooks.MaySee(context, homeId))
            document = AutomationHooks.RedactExport(document);
        var bytes = JsonSerializer.SerializeToUtf8Bytes(document, Indented);
        return TypedResults.File(bytes, "application/json", string.Create(CultureInfo.InvariantCulture, $"automations-{homeId}.json"));
    }

    internal static Results<Ok<AutomationImportResponse>, ValidationProblem, ProblemHttpResult> ImportAutomations(
        string homeId, string? replace, [FromBody] JsonElement body, AutomationCatalog catalog, AutomationMemoryTrim trim)
    {
        if (HomesApi.FindHome(catalog.Registry, homeId) is null)
            return ApiProblems.HomeNotFound(homeId);
        if (replace is not (null or "true" or "false"))
            return ApiProblems.Validation("replace", "true (an automation whose id exists is replaced) or false (it is a conflict)");
        var result = catalog.Import(homeId, body, replace == "true");
        // Up to a megabyte was parsed and checked, taken or not: the memory that cost goes back once things are quiet.
        trim.Request();
        return result.Status switch
        {
            AutomationWriteStatus.Done => TypedResults.Ok(new AutomationImportResponse(result.Imported)),
            AutomationWriteStatus.Duplicate => ApiProblems.Conflict("Some automations of the document already exist (or use a hook id in use); nothing was imported. Import with ?replace=true to replace them.",
                new Dictionary<string, object?> { ["errors"] = Errors(result.Problems) }),
            _ => ApiProblems.Validation(result.Problems, "The document is not a valid export; nothing was imported."),
        };
    }

    private static Dictionary<string, string[]> Errors(IEnumerable<ProfileError> problems) =>
        problems.GroupBy(e => e.Path, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray(), StringComparer.Ordinal);

    private static ProblemHttpResult Duplicate(string homeId, AutomationWriteResult result) =>
        ApiProblems.Conflict(result.Automation is { } existing
                ? $"Home '{homeId}' already has an automation '{existing.Id}'; nothing was stored."
                : "The automation's id or a webhook's hook id is already in use; nothing was stored.",
            new Dictionary<string, object?> { ["errors"] = Errors(result.Problems ?? []) });

    private static ValidationProblem Invalid(IReadOnlyList<ProfileError> problems) =>
        ApiProblems.Validation(problems, "The automation is not valid; nothing was stored.");


    internal static ProblemHttpResult AutomationNotFound(string homeId, string automationId) =>
        ApiProblems.NotFound($"No automation '{automationId}' in home '{homeId}'.");
}
