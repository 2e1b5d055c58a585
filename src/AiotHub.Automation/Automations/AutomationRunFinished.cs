using AiotHub.Automation.Traces;
using AiotHub.Core.Events;

namespace AiotHub.Automation.Automations;

/// <summary>automation-run-finished: a run ended, or was refused before it started (<see cref="AutomationRunEvent.Reason"/> says why).</summary>
[HomeEventType("automation-run-finished")]
public sealed record AutomationRunFinished(
    string RunId, string AutomationId, string Name, AutomationRunResult Result, string? Reason, DateTimeOffset Started, DateTimeOffset? Finished)
    : AutomationRunEvent(RunId, AutomationId, Name, Result, Reason, Started, Finished)
{
    public static AutomationRunFinished From(AutomationRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return new(run.Id, run.AutomationId, run.AutomationName, run.Result, run.Reason, run.Started, run.Finished);
    }
}
