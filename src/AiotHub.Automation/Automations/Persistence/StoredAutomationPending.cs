namespace AiotHub.Automation.Automations.Persistence;

/// <summary>Something an automation run waits for across a restart (a delay, a wait, a "for" timer): when it is due and the engine's JSON of the run's state.</summary>
public sealed record StoredAutomationPending(string Id, string HomeId, string AutomationId, string Kind, DateTimeOffset? Due, string Body);
