namespace AiotHub.Gateway.Suggestions;

/// <summary>POST …/suggestions/{id}/accept: the name to store it under (optional; else the suggested name).</summary>
internal sealed record AcceptSuggestionRequest(string? Name);
