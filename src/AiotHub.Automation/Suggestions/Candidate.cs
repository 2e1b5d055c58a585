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

    /// <summary>For a scene: each time, its devices in the order they were set (the first setting of each).</summary>
    public IReadOnlyList<IReadOnlyList<string>> DeviceOrder { get; init; } = [];

    /// <summary>For a scene: whether <paramref name="first"/> was set before <paramref name="then"/> nearly every time.</summary>
    public bool AlwaysBefore(string first, string then) =>
        DeviceOrder.Count > 0 && DeviceOrder.Count(o => Position(o, first) is var a and >= 0 && Position(o, then) is var b && a < b) >= 0.9 * DeviceOrder.Count;

    private static int Position(IReadOnlyList<string> devices, string device)
    {
        for (var i = 0; i < devices.Count; i++)
        {
            if (devices[i] == device)
                return i;
        }

        return -1;
    }
}
