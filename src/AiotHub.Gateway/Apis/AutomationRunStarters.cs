using System.Text.Json;
using AiotHub.Automation.Traces;
using AiotHub.Gateway.Access;

namespace AiotHub.Gateway.Apis;

/// <summary>
/// Who started a run, as a person reads it. A run started from the API keeps the token's id in its trace
/// (trigger data <c>startedBy</c>: stable, for machines); when the trace is served, the token's current
/// name is added (<c>startedByName</c>) and the description says it: "run now by Kitchen tablet", not
/// "run now by tok_…". Resolved when served rather than stored, so a renamed token reads as its new name
/// and a revoked one (the home still lists it) keeps its name; a token the home no longer knows stays an id.
/// </summary>
internal static class AutomationRunStarters
{
    public static AutomationRun Named(AutomationRun run, AccessTokens tokens) =>
        Named(run, id => tokens.Get(run.HomeId, id)?.Name);

    public static IReadOnlyList<AutomationRun> Named(IReadOnlyList<AutomationRun> runs, string homeId, AccessTokens tokens)
    {
        if (!runs.Any(StartedByToken))
            return runs;
        var names = tokens.List(homeId).ToDictionary(t => t.Id, t => t.Name, StringComparer.Ordinal);
        return [.. runs.Select(r => Named(r, id => names.GetValueOrDefault(id)))];
    }

    private static AutomationRun Named(AutomationRun run, Func<string, string?> nameOf)
    {
        if (!StartedByToken(run) || nameOf(run.Trigger.Data.GetProperty("startedBy").GetString()!) is not { } name)
            return run;
        var id = run.Trigger.Data.GetProperty("startedBy").GetString()!;
        var data = JsonSerializer.SerializeToElement(new Dictionary<string, string> { ["startedBy"] = id, ["startedByName"] = name });
        return run with { Trigger = run.Trigger with { Description = $"run now by {name}", Data = data } };
    }

    private static bool StartedByToken(AutomationRun run) =>
        run.Trigger is { Kind: "manual", Data.ValueKind: JsonValueKind.Object } trigger
        && trigger.Data.TryGetProperty("startedBy", out var by) && by.ValueKind == JsonValueKind.String;
}
