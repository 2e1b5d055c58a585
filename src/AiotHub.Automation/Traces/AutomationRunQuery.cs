namespace AiotHub.Automation.Traces;

/// <summary>A filter over a home's traces; null fields do not filter. Newest first.</summary>
public sealed record AutomationRunQuery(
    string HomeId,
    string? AutomationId = null,
    AutomationRunResult? Result = null,
    DateTimeOffset? From = null,
    DateTimeOffset? To = null);
