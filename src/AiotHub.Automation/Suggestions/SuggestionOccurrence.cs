namespace AiotHub.Automation.Suggestions;

/// <summary>
/// One time the routine happened: when, and the activity-log entries (<see cref="AiotHub.Core.Activity.ActivityEntry.Id"/>)
/// that make it up (the person's action, and for a linkage the entry that came before it).
/// </summary>
public sealed record SuggestionOccurrence(DateTimeOffset Time, IReadOnlyList<long> ActivityIds);
