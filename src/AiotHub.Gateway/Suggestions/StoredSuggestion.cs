using AiotHub.Automation.Suggestions;

namespace AiotHub.Gateway.Suggestions;

/// <summary>
/// A suggestion as the hub keeps it: what the miner produced last (<see cref="Suggestion"/>), when its key was first
/// and last found, the version of the automation a correction changes as it was when mined (<see cref="BaseVersion"/>,
/// so accepting never overwrites an edit made since), and the household's <see cref="Decision"/>, if any.
/// </summary>
internal sealed record StoredSuggestion(
    string HomeId,
    Suggestion Suggestion,
    DateTimeOffset FirstFound,
    DateTimeOffset LastMined,
    long? BaseVersion,
    SuggestionDecision? Decision)
{
    /// <summary>The newest occurrence (the list is ordered by it, newest first); the last pass when there is none.</summary>
    public DateTimeOffset Evidence => LatestEvidence(Suggestion, LastMined);

    /// <summary>The status at <paramref name="now"/>: a snooze that has run out is open again.</summary>
    public SuggestionStatus StatusAt(DateTimeOffset now) => Decision switch
    {
        null => SuggestionStatus.Open,
        { Status: SuggestionStatus.Snoozed, SnoozedUntil: { } until } when until <= now => SuggestionStatus.Open,
        { } decision => decision.Status,
    };

    public static DateTimeOffset LatestEvidence(Suggestion suggestion, DateTimeOffset otherwise)
    {
        ArgumentNullException.ThrowIfNull(suggestion);
        return suggestion.Occurrences.Count == 0 ? otherwise : suggestion.Occurrences.Max(o => o.Time);
    }
}
