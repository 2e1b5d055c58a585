using System.Text.Json;

namespace AiotHub.Automation.Traces;

/// <summary>
/// What started a run: the trigger's index in the definition (-1 for run-now from the API), its
/// kind ("property", "event", "time", "manual", "webhook", …), a sentence a user reads
/// ("living-light.on changed from false to true"), and its data (the property's old and new
/// values, the event's arguments, the webhook body).
/// </summary>
public sealed record AutomationRunTrigger(int Index, string Kind, string Description, JsonElement Data, DateTimeOffset Time);
