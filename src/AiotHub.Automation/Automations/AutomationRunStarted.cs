using AiotHub.Automation.Traces;
using AiotHub.Core.Events;

namespace AiotHub.Automation.Automations;

/// <summary>automation-run-started: a run began (or was queued behind the runs in progress).</summary>
[HomeEventType("automation-run-started")]
public sealed record AutomationRunStarted(
    string RunId, string AutomationId, string Name, AutomationRunResult Result, string? Reason, DateTimeOffset Started, DateTimeOffset? Finished)
    : AutomationRunEvent(RunId, AutomationId, Name, Result, Reason, Started, Finished)
{
    public static AutomationRunStarted From(AutomationRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return new(run.Id, run.AutomationId, run.AutomationName, run.Result, run.Reason, run.Started, run.Finished);
    }
}
