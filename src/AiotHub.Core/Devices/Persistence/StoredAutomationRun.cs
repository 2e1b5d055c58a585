namespace AiotHub.Core.Devices.Persistence;

/// <summary>A run's trace as queued for automation_runs: its keys and the JSON body the automation layer owns.</summary>
internal sealed record StoredAutomationRun(string Id, string HomeId, string AutomationId, DateTimeOffset Started, string Result, string Body);
