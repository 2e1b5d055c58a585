namespace AiotHub.Automation.Suggestions;

/// <summary>
/// Scenes: the person sets several devices to the same states together, again and again. Their actions are cut into
/// bursts (each within <see cref="MiningThresholds.BurstGap"/> of the one before, at most
/// <see cref="MiningThresholds.MaxBurst"/> long); within a burst the last value of each member counts. Every set of
/// settings on two or more devices that comes back in enough bursts is a candidate; the largest ones are kept (a
/// part of a kept scene is not suggested too), when their settings come together in at least
/// <see cref="MiningThresholds.MinSceneTogetherness"/> of the bursts that have any of them.
/// </summary>
internal static class SceneMiner
{
    public static IEnumerable<Candidate> Mine(MiningHistory history, ExistingRules existing, CancellationToken cancellationToken)
    {
        var bursts = Bursts(history.Evidence);
        var counts = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var itemBursts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var b = 0; b < bursts.Count; b++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var items = bursts[b];
            foreach (var item in items)
                itemBursts[item.Key] = itemBursts.GetValueOrDefault(item.Key) + 1;
            if (items.Select(i => i.DeviceId).Distinct().Count() < 2)
                continue;
            // Every subset of two or more devices' settings (at most 2^8 of them per burst).
            for (var mask = 3; mask < 1 << items.Count; mask++)
            {
                if ((mask & (mask - 1)) == 0)
                    continue;
                var subset = Enumerable.Range(0, items.Count).Where(i => (mask & (1 << i)) != 0).Select(i => items[i]).ToList();
                if (subset.Select(i => i.DeviceId).Distinct().Count() < 2)
                    continue;
                var key = string.Join("\n", subset.Select(i => i.Key));
                if (!counts.TryGetValue(key, out var list))
                    counts[key] = list = [];
                list.Add(b);
            }
        }

        var frequent = counts
            .Where(c => c.Value.Count >= MiningThresholds.MinOccurrences)
            .Select(c => (Items: c.Key.Split('\n'), Bursts: c.Value))
            .OrderByDescending(c => c.Items.Length).ThenByDescending(c => c.Bursts.Count).ThenBy(c => string.Join("\n", c.Items), StringComparer.Ordinal)
            .ToList();
        var kept = new List<HashSet<string>>();
        foreach (var (items, burstIndexes) in frequent)
        {
            if (kept.Any(k => items.All(k.Contains)))
                continue;
            var togetherness = (double)burstIndexes.Count / items.Max(i => itemBursts[i]);
            if (togetherness < MiningThresholds.MinSceneTogetherness)
                continue;
            var occurrences = burstIndexes.Select(b => bursts[b]).ToList();
            if (!MiningRules.Enough(history, occurrences.Select(o => o[0].Time).ToList()))
                continue;
            var settings = items.Select(i => occurrences[^1].First(a => a.Key == i)).ToList();
            if (existing.HasScene(settings))
                continue;
            kept.Add([.. items]);
            yield return Scene(history, settings, occurrences, togetherness);
        }
    }

    /// <summary>The person's actions cut into bursts; in each, the last setting of each member (calls kept as they are), in order.</summary>
    private static List<List<MinedAction>> Bursts(IReadOnlyList<MinedAction> evidence)
    {
        var bursts = new List<List<MinedAction>>();
        var current = new List<MinedAction>();
        foreach (var action in evidence)
        {
            if (current.Count > 0 && (action.Time - current[^1].Time > MiningThresholds.BurstGap || action.Time - current[0].Time > MiningThresholds.MaxBurst))
            {
                bursts.Add(Settle(current));
                current = [];
            }

            current.Add(action);
        }

        if (current.Count > 0)
            bursts.Add(Settle(current));
        return bursts;
    }

    private static List<MinedAction> Settle(List<MinedAction> burst)
    {
        var last = new Dictionary<string, MinedAction>(StringComparer.Ordinal);
        foreach (var action in burst)
            last[$"{action.DeviceId}|{action.Member}"] = action;
        return [.. last.Values.OrderBy(a => a.Key, StringComparer.Ordinal).Take(MiningThresholds.MaxBurstItems)];
    }

    private static Candidate Scene(MiningHistory history, List<MinedAction> settings, List<List<MinedAction>> occurrences, double togetherness)
    {
        var minutes = occurrences.Select(o => o[0].MinuteOfDay).ToList();
        var clock = SuggestionWords.Clock((int)Math.Round(TimeRoutineMiner.Median(minutes)));
        var effects = settings.Select(s => SuggestionWords.Effect(history, s)).ToList();
        var devices = settings.Select(s => history.Devices[s.DeviceId]).DistinctBy(d => d.Id).ToList();
        var names = devices.Select(SuggestionWords.Device).ToList();
        var part = TimeRoutineMiner.Median(minutes) switch
        {
            < 300 => ("Night", "夜间"),
            < 660 => ("Morning", "早晨"),
            < 1020 => ("Afternoon", "下午"),
            < 1320 => ("Evening", "晚间"),
            _ => ("Night", "夜间"),
        };
        var weeks = SuggestionWords.Weeks(history);
        var title = new SuggestionText(
            $"Make a scene: {SuggestionWords.Join(effects.Select(e => e.En).ToList(), "and")}",
            $"创建场景：{string.Join("，", effects.Select(e => e.Zh))}");
        var explanation = new SuggestionText(
            $"In the last {weeks} weeks you set {SuggestionWords.Join(names.Select(n => n.En).ToList(), "and")} this way together {occurrences.Count} times, usually around {clock}.",
            $"过去{weeks}周里，您有{occurrences.Count}次同时这样设置{string.Join("、", names.Select(n => n.Zh))}，通常在{clock}左右。");
        var name = $"{part.Item1}: {string.Join(", ", devices.Select(d => d.Name))}";
        var scene = SuggestionJson.Scene(name, settings);
        var key = SuggestionKeys.Make("scene", string.Join("\n", settings.Select(s => s.Key).Order(StringComparer.Ordinal)));
        var suggestion = new Suggestion(key, SuggestionKind.Scene, title, explanation, null, scene, null, occurrences.Count, Math.Round(togetherness, 3),
            [.. occurrences.Select(o => new SuggestionOccurrence(o[0].Time, [.. o.Where(a => settings.Any(s => s.Key == a.Key)).Select(a => a.Id)]))],
            new SuggestionReplay(history.From, history.To, 0, 0, 0));
        var explains = occurrences.SelectMany(o => o.Where(a => settings.Any(s => s.Key == a.Key)).Select(a => a.Id)).ToHashSet();
        var order = occurrences.Select(o => (IReadOnlyList<string>)[.. o.Where(a => settings.Any(s => s.Key == a.Key)).OrderBy(a => a.Time).Select(a => a.DeviceId).Distinct()]).ToList();
        return new Candidate(suggestion, settings.Select(s => s.Key).ToHashSet(StringComparer.Ordinal), explains) { DeviceOrder = order };
    }
}
