using AiotHub.Automation.Traces;
using AiotHub.Core.Events;

namespace AiotHub.Automation.Automations;

/// <summary>What automation-run-started and automation-run-finished carry: enough for a toast; GET the run for its trace.</summary>
public abstract record AutomationRunEvent(
    string RunId, string AutomationId, string Name, AutomationRunResult Result, string? Reason, DateTimeOffset Started, DateTimeOffset? Finished)
    : HomeEventData;
