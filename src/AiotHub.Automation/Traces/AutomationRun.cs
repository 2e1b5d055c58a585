namespace AiotHub.Automation.Traces;

/// <summary>
/// The trace of one run of an automation: the trigger and its data, each condition's result, each
/// action as it ran, and the result with the reason in words when it is not a success. Kept in
/// hub.db, by count and age per automation, failed runs longer than successful ones. <see cref="Limit"/> names the
/// limit (<c>Automations:Limits:…</c>) that refused or stopped the run, when one did.
/// </summary>
public sealed record AutomationRun(
    string Id,
    string HomeId,
    string AutomationId,
    string AutomationName,
    AutomationRunResult Result,
    string? Reason,
    DateTimeOffset Started,
    DateTimeOffset? Finished,
    AutomationRunTrigger Trigger,
    IReadOnlyList<AutomationRunCondition> Conditions,
    IReadOnlyList<AutomationRunStep> Steps,
    string? Limit = null);
