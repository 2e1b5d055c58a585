using AiotHub.Automation.Traces;

namespace AiotHub.Gateway.Apis;

/// <summary>An automation's newest run as the list shows it; the whole trace is at /automation-runs/{id}.</summary>
internal sealed record AutomationLastRun(string Id, AutomationRunResult Result, string? Reason, DateTimeOffset Started, DateTimeOffset? Finished)
{
    public static AutomationLastRun Of(AutomationRun run) => new(run.Id, run.Result, run.Reason, run.Started, run.Finished);
}
