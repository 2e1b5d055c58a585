namespace AiotHub.Automation.Automations.Persistence;

/// <summary>A run's newest trace waiting for the next batch: its keys and the JSON body (a struct: queueing allocates nothing beyond the body).</summary>
internal readonly record struct QueuedAutomationRun(string HomeId, string AutomationId, DateTimeOffset Started, string Result, string Body);
