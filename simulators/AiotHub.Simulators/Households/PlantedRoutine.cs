using AiotHub.Automation.Suggestions;

namespace AiotHub.Simulators.Households;

/// <summary>
/// A routine the generator planted in a household's history: the truth a miner's suggestions are matched against
/// (<see cref="RoutineMatcher"/>). By <see cref="Kind"/>:
/// <list type="bullet">
/// <item><see cref="SuggestionKind.TimeRoutine"/>: <see cref="Effects"/> at about <see cref="At"/> (± <see cref="Jitter"/>,
/// a normal spread) on <see cref="Days"/>, some days skipped.</item>
/// <item><see cref="SuggestionKind.Linkage"/>: after any of <see cref="Triggers"/>, within <see cref="Within"/>, a person
/// sets <see cref="Effects"/> when <see cref="Condition"/> holds.</item>
/// <item><see cref="SuggestionKind.Scene"/>: <see cref="Effects"/> set together by hand, minutes apart, in any order.</item>
/// <item><see cref="SuggestionKind.Correction"/>: the existing automation <see cref="AutomationId"/>'s effect
/// (<see cref="Effects"/>) undone within a minute unless <see cref="Condition"/> holds.</item>
/// </list>
/// <see cref="Occurrences"/> are the times it happened in the history (for a correction: the undos).
/// </summary>
public sealed record PlantedRoutine
{
    public required string Id { get; init; }

    public required SuggestionKind Kind { get; init; }

    public required string Description { get; init; }

    public required IReadOnlyList<PlantedEffect> Effects { get; init; }

    /// <summary>The user who does it.</summary>
    public required string Actor { get; init; }

    public TimeOnly? At { get; init; }

    public TimeSpan Jitter { get; init; }

    /// <summary>The days of a time routine (all seven when it is every day).</summary>
    public IReadOnlySet<DayOfWeek> Days { get; init; } = new HashSet<DayOfWeek>();

    public IReadOnlyList<PlantedTrigger> Triggers { get; init; } = [];

    public TimeSpan Within { get; init; }

    public PlantedCondition Condition { get; init; } = PlantedCondition.None;

    public string? AutomationId { get; init; }

    public IReadOnlyList<DateTimeOffset> Occurrences { get; init; } = [];

    public override string ToString() => Kind switch
    {
        SuggestionKind.TimeRoutine => $"{Id}: {string.Join(", ", Effects)} at {At:HH\\:mm} on {string.Join(",", Days.Order().Select(d => d.ToString()[..3]))} ({Occurrences.Count}×)",
        SuggestionKind.Linkage => $"{Id}: {Triggers[0]} → {string.Join(", ", Effects)} if {Condition} ({Occurrences.Count}×)",
        SuggestionKind.Correction => $"{Id}: automation {AutomationId} undone unless {Condition} ({Occurrences.Count}×)",
        _ => $"{Id}: scene {string.Join(", ", Effects)} ({Occurrences.Count}×)",
    };
}
