namespace AiotHub.Automation.Suggestions;

/// <summary>
/// Time routines: a person does the same thing at about the same time of day on the same kind of day. For each thing
/// done, the densest window of <see cref="MiningThresholds.TimeToleranceMinutes"/> either side (counted in days, not
/// actions) is a candidate; its weekdays are those on which it happened on at least
/// <see cref="MiningThresholds.WeekdayShare"/> of the days; its time the median; its confidence the share of those
/// days it happened; it must stand out from the hours around it. Up to three times per thing (a lamp on at 07:00 on weekdays and at 09:00 at weekends).
/// </summary>
internal static class TimeRoutineMiner
{
    private const int Window = 2 * MiningThresholds.TimeToleranceMinutes;

    public static IEnumerable<Candidate> Mine(MiningHistory history, ExistingRules existing, CancellationToken cancellationToken)
    {
        var days = history.Days().ToList();
        var available = days.GroupBy(d => d.DayOfWeek).ToDictionary(g => g.Key, g => g.Count());
        var clusters = new List<TimeCluster>();
        foreach (var group in history.Evidence.GroupBy(a => a.Key, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var all = group.ToList();
            var actions = all.OrderBy(a => a.MinuteOfDay).ThenBy(a => a.Time).ToList();
            for (var round = 0; round < 3 && actions.Select(a => a.Day).Distinct().Count() >= MiningThresholds.MinDays; round++)
            {
                var cluster = Densest(actions);
                if (cluster.Count < MiningThresholds.MinDays)
                    break;
                var taken = new HashSet<long>(cluster.Select(a => a.Id));
                actions.RemoveAll(a => taken.Contains(a.Id));
                if (Cluster(history, cluster, available) is { } found && Peaked(all, found.Minute))
                    clusters.Add(found);
            }
        }

        foreach (var routine in Merge(clusters))
        {
            if (Routine(history, existing, routine) is { } candidate)
                yield return candidate;
        }
    }

    /// <summary>
    /// Whether the thing is done far more often near <paramref name="minute"/> than around it: a habit at a time, not
    /// something done all evening long or some time after waking up. The density within the tolerance must be
    /// <see cref="MiningThresholds.MinPeak"/> times that in the hour on either side of it, and
    /// <see cref="MiningThresholds.MinCore"/> of what is within the tolerance within half of it (a habit with a
    /// spread of ten minutes, not something done any time in an hour and a half).
    /// </summary>
    private static bool Peaked(List<MinedAction> actions, int minute)
    {
        var (inside, flank) = (0, 0);
        foreach (var action in actions)
        {
            var distance = Math.Abs(action.MinuteOfDay - minute);
            distance = Math.Min(distance, 1440 - distance);
            if (distance <= MiningThresholds.TimeToleranceMinutes)
                inside++;
            else if (distance <= MiningThresholds.TimeToleranceMinutes + 60)
                flank++;
        }

        var core = actions.Count(a => Math.Min(Math.Abs(a.MinuteOfDay - minute), 1440 - Math.Abs(a.MinuteOfDay - minute)) <= MiningThresholds.TimeToleranceMinutes / 2);
        return inside * 120.0 / (2 * MiningThresholds.TimeToleranceMinutes) >= MiningThresholds.MinPeak * flank && core >= MiningThresholds.MinCore * inside;
    }

    /// <summary>Settings of one device at the same time on the same days, mostly on the same days, become one routine.</summary>
    private static List<List<TimeCluster>> Merge(List<TimeCluster> clusters)
    {
        var routines = new List<List<TimeCluster>>();
        foreach (var cluster in clusters.OrderByDescending(c => c.Occurrences.Count).ThenBy(c => c.Effect.Key, StringComparer.Ordinal))
        {
            var days = cluster.Occurrences.Select(o => o.Day).ToHashSet();
            var together = routines.FirstOrDefault(r => r[0].Effect.DeviceId == cluster.Effect.DeviceId && r[0].Days.Weekdays.SequenceEqual(cluster.Days.Weekdays)
                && Math.Abs(r[0].Minute - cluster.Minute) <= 10 && r.All(c => c.Effect.Member != cluster.Effect.Member)
                && r[0].Occurrences.Count(o => days.Contains(o.Day)) >= 0.7 * Math.Max(days.Count, r[0].Occurrences.Count));
            if (together is null)
                routines.Add([cluster]);
            else
                together.Add(cluster);
        }

        return routines;
    }

    /// <summary>The actions in the window that has the most different days; one per day, the one nearest the median.</summary>
    private static List<MinedAction> Densest(List<MinedAction> actions)
    {
        var (bestStart, bestEnd, bestDays) = (0, -1, 0);
        var end = 0;
        var dayCounts = new Dictionary<DateOnly, int>();
        for (var start = 0; start < actions.Count; start++)
        {
            while (end < actions.Count && actions[end].MinuteOfDay - actions[start].MinuteOfDay <= Window)
            {
                dayCounts[actions[end].Day] = dayCounts.GetValueOrDefault(actions[end].Day) + 1;
                end++;
            }

            if (dayCounts.Count > bestDays)
                (bestStart, bestEnd, bestDays) = (start, end - 1, dayCounts.Count);
            var day = actions[start].Day;
            if (--dayCounts[day] == 0)
                dayCounts.Remove(day);
        }

        if (bestEnd < bestStart)
            return [];
        var window = actions.GetRange(bestStart, bestEnd - bestStart + 1);
        var median = Median(window.Select(a => a.MinuteOfDay).ToList());
        var all = actions.Where(a => Math.Abs(a.MinuteOfDay - median) <= MiningThresholds.TimeToleranceMinutes).ToList();
        return [.. all.GroupBy(a => a.Day).Select(g => g.OrderBy(a => Math.Abs(a.MinuteOfDay - median)).ThenBy(a => a.Id).First()).OrderBy(a => a.Time)];
    }

    private static TimeCluster? Cluster(MiningHistory history, List<MinedAction> cluster, Dictionary<DayOfWeek, int> available)
    {
        var hits = cluster.GroupBy(a => a.Day.DayOfWeek).ToDictionary(g => g.Key, g => g.Count());
        var days = DaySet.Of(hits.Where(h => (double)h.Value / available.GetValueOrDefault(h.Key, 1) >= MiningThresholds.WeekdayShare).Select(h => h.Key));
        if (days.Weekdays.Count == 0)
            return null;
        var occurrences = cluster.Where(a => days.Contains(a.Day.DayOfWeek)).ToList();
        var possible = days.Weekdays.Sum(d => available.GetValueOrDefault(d));
        var found = new TimeCluster(occurrences[^1], occurrences, days, (int)Math.Round(Median(occurrences.Select(a => a.MinuteOfDay).ToList())), possible);
        return found.Confidence >= MiningThresholds.MinConfidence && MiningRules.Enough(history, occurrences.Select(a => a.Time).ToList()) ? found : null;
    }

    private static Candidate? Routine(MiningHistory history, ExistingRules existing, List<TimeCluster> clusters)
    {
        var main = clusters[0];
        var (minute, days, occurrences) = (main.Minute, main.Days, main.Occurrences);
        var effects = clusters.Select(c => c.Effect).OrderBy(e => e.Member, StringComparer.Ordinal).ToList();
        if (effects.All(e => existing.HasTimeRoutine(e, minute)))
            return null;

        var what = effects.Select(e => SuggestionWords.Effect(history, e)).ToList();
        var whatEn = SuggestionWords.Join(what.Select(w => w.En).ToList(), "and");
        var whatZh = string.Join("，", what.Select(w => w.Zh));
        var when = SuggestionWords.Days(days);
        var clock = SuggestionWords.Clock(minute);
        var title = new SuggestionText($"{MiningRules.Capital(whatEn)} at {clock} {when.En}", $"{when.Zh} {clock} {whatZh}");
        var explanation = new SuggestionText(
            $"You did this yourself around {clock} on {occurrences.Count} of the {main.Possible} days ({when.En}) in the last {SuggestionWords.Weeks(history)} weeks.",
            $"过去{SuggestionWords.Weeks(history)}周里，{when.Zh}共{main.Possible}天，其中{occurrences.Count}天您在{clock}左右手动{whatZh}。");
        var automation = SuggestionJson.TimeRoutine(title.En, title.En, minute, days, effects);
        var replay = Replay(history, main.Effect.Key, minute, days);
        // The key rounds the time to the half hour: the median moves by minutes as history grows, the routine does not.
        var key = SuggestionKeys.Make("time", $"{string.Join(";", effects.Select(e => e.Key))}|{days.Name}|{string.Join(",", days.Weekdays)}|{(minute + 15) / 30}");
        var byDay = clusters.SelectMany(c => c.Occurrences).GroupBy(o => o.Day).ToDictionary(g => g.Key, g => g.Select(o => o.Id).Order().ToList());
        var suggestion = new Suggestion(key, SuggestionKind.TimeRoutine, title, explanation, automation, null, null,
            occurrences.Count, Math.Round(main.Confidence, 3), [.. occurrences.Select(a => new SuggestionOccurrence(a.Time, byDay[a.Day]))], replay);
        return new Candidate(suggestion, effects.Select(e => e.Key).ToHashSet(StringComparer.Ordinal), clusters.SelectMany(c => c.Occurrences).Select(a => a.Id).ToHashSet());
    }

    /// <summary>
    /// A run each matching day at the time; matched when the person did it within the tolerance that day; missed:
    /// the times they did it near that time on a day it would not have run.
    /// </summary>
    private static SuggestionReplay Replay(MiningHistory history, string effectKey, int minute, DaySet days)
    {
        var near = history.Evidence.Where(a => a.Key == effectKey && Math.Abs(a.MinuteOfDay - minute) <= MiningThresholds.TimeToleranceMinutes)
            .Select(a => a.Day).ToHashSet();
        var (runs, matched) = (0, 0);
        foreach (var day in history.Days())
        {
            var local = day.ToDateTime(TimeOnly.MinValue).AddMinutes(minute);
            if (history.Input.TimeZone.IsInvalidTime(local))
                local = local.AddHours(1);
            var instant = new DateTimeOffset(local, history.Input.TimeZone.GetUtcOffset(local));
            if (!days.Contains(day.DayOfWeek) || instant > history.To)
                continue;
            runs++;
            if (near.Contains(day))
                matched++;
        }

        var missed = near.Count(d => !days.Contains(d.DayOfWeek));
        return new SuggestionReplay(history.From, history.To, runs, matched, missed);
    }

    public static double Median(List<int> values)
    {
        values.Sort();
        return values.Count == 0 ? 0 : values.Count % 2 == 1 ? values[values.Count / 2] : (values[(values.Count / 2) - 1] + values[values.Count / 2]) / 2.0;
    }
}
