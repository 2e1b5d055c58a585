namespace AiotHub.Automation.Suggestions;

/// <summary>
/// A suggestion while the kinds are weighed against each other: the effects it does (keys of
/// <see cref="MinedAction.Key"/>) and the person's actions it explains (their log ids), so one routine is suggested
/// once, as the kind that explains it best.
/// </summary>
internal sealed record Candidate(Suggestion Suggestion, IReadOnlySet<string> Effects, IReadOnlySet<long> Explains)
{
    /// <summary>For a linkage: the condition it needs (a time window only means it may be a time routine instead).</summary>
    public LinkConditionKind Condition { get; init; }

    /// <summary>For a linkage: the device the trigger is on.</summary>
    public string? TriggerDeviceId { get; init; }
}
