namespace AiotHub.Automation.Suggestions;

/// <summary>
/// Linkage: something observed (a sensor's state, a device event, the home mode) is followed by the person's own
/// action within <see cref="MiningThresholds.LinkWindow"/>, far more often than chance (lift ≥
/// <see cref="MiningThresholds.MinLift"/>), and often enough when it happens (confidence) — if need be under a
/// condition that makes it hold: the sun down or up, a home mode, or a time window. One linkage per action: the
/// trigger that explains it best.
/// </summary>
internal static class LinkageMiner
{
    public static IEnumerable<Candidate> Mine(MiningHistory history, ExistingRules existing, CancellationToken cancellationToken)
    {
        var window = MiningThresholds.LinkWindow;
        var triggers = history.Triggers;
        var pairs = new Dictionary<(int Trigger, string Effect), int>();
        var start = 0;
        foreach (var action in history.Evidence)
        {
            while (start < triggers.Count && triggers[start].Time < action.Time - window)
                start++;
            var seen = new HashSet<int>();
            for (var i = start; i < triggers.Count && triggers[i].Time < action.Time; i++)
            {
                var trigger = history.TriggerKinds[triggers[i].Trigger];
                if (trigger.DeviceId != action.DeviceId && seen.Add(triggers[i].Trigger))
                    pairs[(triggers[i].Trigger, action.Key)] = pairs.GetValueOrDefault((triggers[i].Trigger, action.Key)) + 1;
            }
        }

        var instancesOf = triggers.GroupBy(t => t.Trigger).ToDictionary(g => g.Key, g => Collapse(g.ToList(), window));
        var effects = history.Evidence.GroupBy(a => a.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var best = new Dictionary<string, Candidate>(StringComparer.Ordinal);
        foreach (var ((trigger, effectKey), count) in pairs.OrderBy(p => p.Key.Effect, StringComparer.Ordinal).ThenBy(p => p.Key.Trigger))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (count < MiningThresholds.MinOccurrences)
                continue;
            if (Linkage(history, existing, history.TriggerKinds[trigger], instancesOf[trigger], effects[effectKey]) is not { } candidate)
                continue;
            if (!best.TryGetValue(effectKey, out var current) || Better(candidate.Suggestion, current.Suggestion))
                best[effectKey] = candidate;
        }

        return best.Values;
    }

    private static bool Better(Suggestion a, Suggestion b) =>
        a.Confidence * a.Support > (b.Confidence * b.Support) + 1e-9;

    /// <summary>A trigger that repeats within the window (a motion sensor's reports while someone stays) counts once.</summary>
    private static List<TriggerInstance> Collapse(List<TriggerInstance> instances, TimeSpan window)
    {
        var kept = new List<TriggerInstance>(instances.Count);
        foreach (var instance in instances)
        {
            if (kept.Count == 0 || instance.Time - kept[^1].Time > window)
                kept.Add(instance);
        }

        return kept;
    }

    private static Candidate? Linkage(MiningHistory history, ExistingRules existing, MinedTrigger trigger, List<TriggerInstance> all, List<MinedAction> actions)
    {
        // When the effect was in place already (the hall light on when the door opened) there was nothing to do: those
        // times say nothing about the linkage, and the automation would have changed nothing.
        var effectOf = actions[^1];
        var instances = effectOf.IsCall ? all : all.Where(i => history.ValueAt(effectOf.DeviceId, effectOf.Member, i.Time) != effectOf.Value).ToList();
        var window = MiningThresholds.LinkWindow;
        var followedBy = new MinedAction?[instances.Count];
        var next = 0;
        for (var i = 0; i < instances.Count; i++)
        {
            while (next < actions.Count && actions[next].Time <= instances[i].Time)
                next++;
            if (next < actions.Count && actions[next].Time - instances[i].Time <= window)
                followedBy[i] = actions[next];
        }

        var positives = Enumerable.Range(0, instances.Count).Where(i => followedBy[i] is not null).ToList();
        if (positives.Count < MiningThresholds.MinOccurrences)
            return null;
        var span = Math.Max(1, (history.To - history.From).TotalSeconds);
        var expected = instances.Count * (actions.Count * window.TotalSeconds / span);
        if (positives.Count < MiningThresholds.MinLift * expected)
            return null;

        LinkCondition? chosen = null;
        var (bestScore, bestConfidence) = (0.0, 0.0);
        List<int> kept = [];
        foreach (var condition in Conditions(history, instances, positives))
        {
            var holds = Enumerable.Range(0, instances.Count).Where(i => condition.Holds(history, instances[i].Time)).ToList();
            var hits = holds.Where(i => followedBy[i] is not null).ToList();
            if (holds.Count == 0 || (double)hits.Count / positives.Count < MiningThresholds.MinConditionCoverage)
                continue;
            var confidence = (double)hits.Count / holds.Count;
            var score = confidence * hits.Count / positives.Count;
            if (confidence < MiningThresholds.MinConfidence || !MiningRules.Enough(history, hits.Select(i => followedBy[i]!.Time).ToList()))
                continue;
            // A condition must earn its place: the simpler choice stays unless the new one is clearly better.
            if (chosen is null || score > bestScore + 0.05)
                (chosen, bestScore, bestConfidence, kept) = (condition, score, confidence, hits);
        }

        // The person must mostly do it after the trigger, not now and then among many other times.
        if (chosen is null || kept.Count < MiningThresholds.MinExplained * actions.Count)
            return null;
        var effect = actions[^1];
        if (existing.HasLinkage(trigger, effect) || existing.InOneScene(trigger, effect))
            return null;

        var when = SuggestionWords.Trigger(history, trigger);
        var what = SuggestionWords.Effect(history, effect);
        var words = SuggestionWords.Condition(chosen);
        var title = chosen.Kind == LinkConditionKind.None
            ? new SuggestionText($"When {when.En}, {what.En}", $"如果 {when.Zh}，就 {what.Zh}")
            : new SuggestionText($"When {when.En} {words.En}, {what.En}", $"如果 {when.Zh}（{words.Zh}），就 {what.Zh}");
        var runs = Enumerable.Range(0, instances.Count).Where(i => chosen.Holds(history, instances[i].Time)).ToList();
        var seconds = (int)Math.Round(kept.Select(i => (followedBy[i]!.Time - instances[i].Time).TotalSeconds).Order().ElementAt(kept.Count / 2));
        var weeks = SuggestionWords.Weeks(history);
        var explanation = new SuggestionText(
            $"In the last {weeks} weeks you did this yourself {kept.Count} times, usually {seconds} s after it ({SuggestionWords.Percent(bestConfidence)} of the {runs.Count} times it happened{(chosen.Kind == LinkConditionKind.None ? "" : " " + words.En)}).",
            $"过去{weeks}周里，{when.Zh}{(chosen.Kind == LinkConditionKind.None ? "" : "（" + words.Zh + "）")}共{runs.Count}次，其中{kept.Count}次您在约{seconds}秒后手动{what.Zh}（{SuggestionWords.Percent(bestConfidence)}）。");
        var automation = SuggestionJson.Linkage(title.En, title.En, trigger, chosen, effect);
        var matchedIds = kept.Select(i => followedBy[i]!.Id).ToHashSet();
        var explained = runs.Where(i => followedBy[i] is not null).Select(i => followedBy[i]!.Id).ToHashSet();
        var replay = new SuggestionReplay(history.From, history.To, runs.Count, kept.Count, actions.Count(a => !explained.Contains(a.Id)));
        var key = SuggestionKeys.Make("link", $"{trigger.Key}|{effect.Key}|{chosen.Key}");
        var suggestion = new Suggestion(key, SuggestionKind.Linkage, title, explanation, automation, null, null, kept.Count, Math.Round(bestConfidence, 3),
            [.. kept.Select(i => new SuggestionOccurrence(followedBy[i]!.Time, [instances[i].Id, followedBy[i]!.Id]))], replay);
        return new Candidate(suggestion, new HashSet<string>([effect.Key], StringComparer.Ordinal), matchedIds)
        {
            Condition = chosen.Kind,
            TriggerDeviceId = trigger.DeviceId,
        };
    }

    /// <summary>No condition first, then the sun, the modes the linkage happened in, and the time window it happened in.</summary>
    private static IEnumerable<LinkCondition> Conditions(MiningHistory history, List<TriggerInstance> instances, List<int> positives)
    {
        yield return LinkCondition.None;
        if (history.HasLocation)
        {
            yield return new LinkCondition(LinkConditionKind.Night);
            yield return new LinkCondition(LinkConditionKind.Day);
        }

        var modes = positives.Select(i => history.ModeAt(instances[i].Time)).Distinct().Order(StringComparer.Ordinal).ToList();
        foreach (var mode in modes)
            yield return new LinkCondition(LinkConditionKind.Mode, mode);
        if (TimeWindow(positives.Select(i => history.Local(instances[i].Time)).Select(t => (t.Hour * 60) + t.Minute).ToList()) is { } window)
            yield return window;
        if (history.HasLocation)
        {
            foreach (var mode in modes)
            {
                yield return new LinkCondition(LinkConditionKind.Night, And: new LinkCondition(LinkConditionKind.Mode, mode));
                yield return new LinkCondition(LinkConditionKind.Day, And: new LinkCondition(LinkConditionKind.Mode, mode));
            }
        }
    }

    /// <summary>The shortest stretch of the day (it may cross midnight) holding all the minutes, widened to half hours; none if it is most of the day.</summary>
    public static LinkCondition? TimeWindow(List<int> minutes)
    {
        if (minutes.Count == 0)
            return null;
        minutes.Sort();
        var (gap, after) = (1440 - minutes[^1] + minutes[0], minutes[0]);
        for (var i = 1; i < minutes.Count; i++)
        {
            if (minutes[i] - minutes[i - 1] > gap)
                (gap, after) = (minutes[i] - minutes[i - 1], minutes[i]);
        }

        var before = (after + 1440 - gap) % 1440;
        var start = after / 30 * 30;
        var end = ((before / 30) + 1) * 30 % 1440;
        var length = (end - start + 1440) % 1440;
        return length is 0 or > 20 * 60 ? null : new LinkCondition(LinkConditionKind.TimeWindow, After: start, Before: end);
    }
}
