namespace AiotHub.Automation.Suggestions;

/// <summary>
/// What the suggested automation would have done over the history, had it existed from <see cref="From"/> to
/// <see cref="To"/>: <see cref="Runs"/> runs; <see cref="Matched"/> of them at a time the person did the same
/// themselves (within the routine's tolerance); <see cref="Missed"/> times the person did it and it would not have run.
/// A scene is not replayed (it runs only when asked): all three are 0.
/// </summary>
public sealed record SuggestionReplay(DateTimeOffset From, DateTimeOffset To, int Runs, int Matched, int Missed);
