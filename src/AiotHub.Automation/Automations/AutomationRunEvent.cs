using AiotHub.Automation.Traces;

namespace AiotHub.Automation.Automations;

/// <summary>Data of automation-run-started and automation-run-finished: enough for a toast; GET the run for its trace.</summary>
public sealed record AutomationRunEvent(
    string RunId, string AutomationId, string Name, AutomationRunResult Result, string? Reason, DateTimeOffset Started, DateTimeOffset? Finished)
{
    public static AutomationRunEvent From(AutomationRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return new(run.Id, run.AutomationId, run.AutomationName, run.Result, run.Reason, run.Started, run.Finished);
    }
}
