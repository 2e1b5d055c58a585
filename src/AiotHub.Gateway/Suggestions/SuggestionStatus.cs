namespace AiotHub.Gateway.Suggestions;

/// <summary>Where a suggestion stands with the household (docs/api.md "Suggestions").</summary>
internal enum SuggestionStatus
{
    /// <summary>Waiting for a decision (or snoozed until a time that has passed).</summary>
    Open,

    /// <summary>"Not now": hidden from the open list until <see cref="SuggestionDecision.SnoozedUntil"/>.</summary>
    Snoozed,

    /// <summary>"Never suggest this again": its key is never mined again.</summary>
    Dismissed,

    /// <summary>Stored as an automation or scene (<see cref="SuggestionDecision.AcceptedAs"/>); its key is never mined again.</summary>
    Accepted,
}
