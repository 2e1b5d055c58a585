namespace AiotHub.Automation.Suggestions;

/// <summary>A sentence in both of the app's languages.</summary>
public sealed record SuggestionText(string En, string Zh);
