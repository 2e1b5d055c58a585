namespace AiotHub.Gateway.Suggestions;

/// <summary>POST …/suggestions/{id}/snooze: for how long, a duration as docs/automations.md writes them ("12h", "7d"), 1h to 90d; 7d when absent.</summary>
internal sealed record SnoozeSuggestionRequest(string? For);
