using AiotHub.Automation.Suggestions;

namespace AiotHub.Simulators.Households;

/// <summary>A suggestion that matched no planted routine (or one already matched), and why, for tuning.</summary>
public sealed record FalseSuggestion(Suggestion Suggestion, string Reason);
