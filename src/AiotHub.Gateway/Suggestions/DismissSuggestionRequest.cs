namespace AiotHub.Gateway.Suggestions;

/// <summary>POST …/suggestions/{id}/dismiss: why (optional, up to 200 characters), kept with the decision.</summary>
internal sealed record DismissSuggestionRequest(string? Reason);
