namespace AiotHub.Gateway.Suggestions;

/// <summary>GET/PUT …/suggestions/settings: whether the home's activity is mined for suggestions.</summary>
internal sealed record SuggestionSettings(bool? Enabled);
