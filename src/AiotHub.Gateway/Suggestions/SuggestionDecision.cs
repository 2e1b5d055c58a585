namespace AiotHub.Gateway.Suggestions;

/// <summary>
/// The household's decision on a suggestion, kept by its key: dismissed (with the reason, if one was given), snoozed
/// until a time, or accepted as an automation or scene. <see cref="Status"/> is never <see cref="SuggestionStatus.Open"/>.
/// </summary>
internal sealed record SuggestionDecision(
    SuggestionStatus Status,
    DateTimeOffset DecidedAt,
    string? Reason = null,
    DateTimeOffset? SnoozedUntil = null,
    SuggestionAcceptedAs? AcceptedAs = null);
