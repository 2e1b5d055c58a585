namespace AiotHub.Automation.Suggestions;

/// <summary>
/// Finds a home's routines in its activity log and turns them into suggestions (docs/suggestions.md): time
/// routines, linkages, scenes and corrections. Pure and deterministic: the same input gives the same suggestions
/// with the same keys; no I/O, no clock but <see cref="MiningInput.Now"/>. Only a person's own doing is evidence;
/// nothing is suggested that an existing automation or scene already does, or whose key was dismissed.
/// </summary>
public static class RoutineMiner
{
    /// <summary>How much of a routine another kind must explain to take its place.</summary>
    private const double Explained = 0.6;

    public static IReadOnlyList<Suggestion> Mine(MiningInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var history = new MiningHistory(input);
        var existing = new ExistingRules(input);
        var corrections = CorrectionMiner.Mine(history, cancellationToken).ToList();
        var scenes = SceneMiner.Mine(history, existing, cancellationToken).ToList();
        var linkages = LinkageMiner.Mine(history, existing, cancellationToken).ToList();
        var times = TimeRoutineMiner.Mine(history, existing, cancellationToken).ToList();

        // One routine, one suggestion. Settings that always follow another device's in a "scene" (the TV on, then
        // the curtain closed) are a linkage; a linkage between settings of a scene made in any order is the scene;
        // a time routine that is really a scene set by hand or the answer to a trigger goes; a linkage that only
        // holds in a time window goes when a time routine explains the same actions.
        scenes.RemoveAll(s => linkages.Any(l => l.TriggerDeviceId is { } device && l.Effects.All(s.Effects.Contains)
            && s.DeviceOrder.Any(o => o.Contains(device)) && l.Effects.All(e => s.AlwaysBefore(device, e[..e.IndexOf('|', StringComparison.Ordinal)]))));
        linkages.RemoveAll(l => scenes.Any(s => Covers(s, l)));
        times.RemoveAll(t => scenes.Any(s => Covers(s, t)) || linkages.Any(l => l.Condition != LinkConditionKind.TimeWindow && Covers(l, t)));
        linkages.RemoveAll(l => l.Condition == LinkConditionKind.TimeWindow && times.Any(t => Covers(t, l)));

        return [.. new[] { times, linkages, scenes, corrections }
            .SelectMany(kind => kind
                .Where(c => !input.Dismissed.Contains(c.Suggestion.Key))
                .OrderByDescending(c => c.Suggestion.Support).ThenBy(c => c.Suggestion.Key, StringComparer.Ordinal)
                .Take(MiningThresholds.MaxPerKind))
            .Select(c => c.Suggestion)];
    }

    /// <summary>Whether <paramref name="by"/> explains most of the person's actions behind <paramref name="routine"/>.</summary>
    private static bool Covers(Candidate by, Candidate routine) =>
        routine.Explains.Count > 0 && (double)routine.Explains.Count(by.Explains.Contains) / routine.Explains.Count >= Explained;
}
