using AiotHub.Automation.Traces;

namespace AiotHub.Automation.Automations.Engine;

/// <summary>
/// What a run (or a "for" timer) waits for, as kept in automation_pending so it outlives the
/// process: the automation and its version, the run, the JSON path of the delay or wait to resume
/// after (<see cref="StepPath"/>), when it is due, and the trigger that started it.
/// </summary>
internal sealed record PendingRunState(
    string Id,
    string Kind,
    string HomeId,
    string AutomationId,
    long Version,
    string? RunId,
    string? StepPath,
    DateTimeOffset? Due,
    int TriggerIndex,
    string? TriggerId,
    AutomationRunTrigger Trigger,
    IReadOnlyList<string> Lineage)
{
    public const string Delay = "delay";
    public const string Wait = "wait";
    public const string For = "for";
}
