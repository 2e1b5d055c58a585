using System.Text.Json;
using AiotHub.Automation.Automations;
using AiotHub.Automation.Automations.Persistence;

namespace AiotHub.Automation.Traces;

/// <summary>
/// The traces of automation runs: all kept in memory for queries and written through to hub.db
/// (a run is written when it starts, when a step ends and when it finishes). Retention is per
/// automation, by count and by age, with failed runs kept longer (<see cref="AutomationEngineOptions"/>),
/// and per home by size: past <see cref="AutomationLimits.TraceBytesPerHome"/> the home's oldest finished runs go.
/// </summary>
internal sealed class AutomationTraceStore
{
    private readonly Lock _sync = new();
    private readonly AutomationStore? _store;
    private readonly AutomationEngineOptions _options;
    private readonly Dictionary<string, Entry> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<(string HomeId, string AutomationId), List<Entry>> _byAutomation = [];
    private readonly Dictionary<string, long> _homeBytes = new(StringComparer.Ordinal);
    private long _sequence;

    public AutomationTraceStore(AutomationStore? store, AutomationEngineOptions options)
    {
        _store = store;
        _options = options;
        foreach (var body in store?.LoadRuns() ?? [])
        {
            if (Deserialize(body) is { } run)
                Put(run);
        }
    }

    /// <summary>Runs the previous process left running (the engine resumes or interrupts them).</summary>
    public IReadOnlyList<AutomationRun> ListRunning()
    {
        lock (_sync)
            return [.. _byId.Values.Where(e => e.Run.Result == AutomationRunResult.Running).OrderBy(e => e.Sequence).Select(e => e.Run)];
    }

    /// <summary>
    /// Keeps the run's latest state, written to hub.db when <paramref name="persist"/> — unless <paramref name="stillExists"/>
    /// says its automation is gone: checked under the store's lock, which <see cref="Remove"/> takes too, so a run that
    /// ends while its automation is deleted cannot put back a trace the delete took away. False when not kept.
    /// </summary>
    public bool Save(AutomationRun run, Func<bool>? stillExists = null, bool persist = true)
    {
        var body = persist && _store is not null ? Serialize(run) : null;
        lock (_sync)
        {
            if (stillExists is not null && !stillExists())
                return false;
            Put(run);
            if (body is not null)
                _store!.SaveRun(run.Id, run.HomeId, run.AutomationId, run.Started, run.Result.ToString(), body);
        }

        return true;
    }

    public AutomationRun? Find(string homeId, string runId)
    {
        lock (_sync)
            return _byId.TryGetValue(runId, out var entry) && entry.Run.HomeId == homeId ? entry.Run : null;
    }

    public IReadOnlyList<AutomationRun> Query(AutomationRunQuery query, int limit, string? afterRunId)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 0);
        lock (_sync)
        {
            var after = afterRunId is not null && _byId.TryGetValue(afterRunId, out var a) ? a : null;
            return [.. Matching(query)
                .Where(e => after is null || Compare(e, after) < 0)
                .OrderByDescending(e => e.Run.Started).ThenByDescending(e => e.Sequence)
                .Take(limit)
                .Select(e => e.Run)];
        }
    }

    public int Count(AutomationRunQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        lock (_sync)
            return Matching(query).Count();
    }

    /// <summary>Applies retention to one automation's runs, then the home's size limit; the ones dropped are deleted from hub.db too.</summary>
    public void Prune(string homeId, string automationId, DateTimeOffset now)
    {
        var dropped = new List<string>();
        lock (_sync)
        {
            if (!_byAutomation.TryGetValue((homeId, automationId), out var runs))
                return;
            int kept = 0, keptFailed = 0;
            for (var i = runs.Count - 1; i >= 0; i--)
            {
                var run = runs[i].Run;
                if (run.Result == AutomationRunResult.Running)
                    continue;
                var failed = IsFailure(run.Result);
                var keep = failed
                    ? ++keptFailed <= _options.FailedRunsPerAutomation && run.Started >= now - _options.FailedRunRetention
                    : ++kept <= _options.RunsPerAutomation && run.Started >= now - _options.RunRetention;
                if (keep)
                    continue;
                dropped.Add(run.Id);
                Forget(runs[i]);
                runs.RemoveAt(i);
            }

            PruneHomeLocked(homeId, dropped);
        }

        _store?.DeleteRuns(dropped);
    }

    /// <summary>The bytes (as JSON, estimated) of the finished traces a home keeps.</summary>
    public long HomeBytes(string homeId)
    {
        lock (_sync)
            return _homeBytes.GetValueOrDefault(homeId);
    }

    // Under _sync. Past the home's limit, its oldest finished runs go until it is back below 90 % of it (so that the
    // next few runs do not each pay for another pass).
    private void PruneHomeLocked(string homeId, List<string> dropped)
    {
        var limit = _options.Limits.TraceBytesPerHome;
        if (_homeBytes.GetValueOrDefault(homeId) <= limit)
            return;
        var target = limit / 10 * 9;
        foreach (var entry in _byId.Values.Where(e => e.Run.HomeId == homeId && e.Run.Result != AutomationRunResult.Running).OrderBy(e => e.Sequence).ToList())
        {
            if (_homeBytes.GetValueOrDefault(homeId) <= target)
                break;
            dropped.Add(entry.Run.Id);
            Forget(entry);
            if (_byAutomation.TryGetValue((entry.Run.HomeId, entry.Run.AutomationId), out var runs))
                runs.Remove(entry);
        }
    }

    /// <summary>The automations that have runs kept.</summary>
    public IReadOnlyList<(string HomeId, string AutomationId)> Automations()
    {
        lock (_sync)
            return [.. _byAutomation.Keys];
    }

    /// <summary>Forgets a deleted automation's runs (hub.db is cleared by the engine with the rest of its data).</summary>
    public void Remove(string homeId, string automationId)
    {
        lock (_sync)
        {
            if (!_byAutomation.Remove((homeId, automationId), out var runs))
                return;
            foreach (var entry in runs)
                Forget(entry);
        }
    }

    /// <summary>Failed, partial, loop-stopped, interrupted and stopped runs are what a user investigates, so they are kept longer.</summary>
    public static bool IsFailure(AutomationRunResult result) => result is AutomationRunResult.Failed or AutomationRunResult.Partial
        or AutomationRunResult.LoopStopped or AutomationRunResult.Interrupted or AutomationRunResult.Stopped;

    public static string Serialize(AutomationRun run) => JsonSerializer.Serialize(run, AutomationTraceJson.Default.AutomationRun);

    private static AutomationRun? Deserialize(string body)
    {
        try
        {
            return JsonSerializer.Deserialize(body, AutomationTraceJson.Default.AutomationRun);
        }
        catch (JsonException)
        {
            // A row this version cannot read is skipped, never fatal.
            return null;
        }
    }

    private IEnumerable<Entry> Matching(AutomationRunQuery query)
    {
        IEnumerable<Entry> entries = query.AutomationId is { } id
            ? _byAutomation.TryGetValue((query.HomeId, id), out var runs) ? runs : []
            : _byId.Values.Where(e => e.Run.HomeId == query.HomeId);
        return entries.Where(e => (query.Result is not { } result || e.Run.Result == result)
            && (query.From is not { } from || e.Run.Started >= from)
            && (query.To is not { } to || e.Run.Started < to));
    }

    private static int Compare(Entry a, Entry b)
    {
        var byTime = a.Run.Started.CompareTo(b.Run.Started);
        return byTime != 0 ? byTime : a.Sequence.CompareTo(b.Sequence);
    }

    // Under _sync (or in the constructor). A run keeps its place (sequence) when it is updated. Only finished runs
    // count towards the home's bytes (a run in progress is bounded by the concurrent-run and trace limits).
    private void Put(AutomationRun run)
    {
        var bytes = run.Result == AutomationRunResult.Running ? 0 : AutomationTraceSize.Of(run);
        if (_byId.TryGetValue(run.Id, out var existing))
        {
            _homeBytes[run.HomeId] = _homeBytes.GetValueOrDefault(run.HomeId) - existing.Bytes + bytes;
            existing.Run = run;
            existing.Bytes = bytes;
            return;
        }

        var entry = new Entry(run, ++_sequence) { Bytes = bytes };
        _byId[run.Id] = entry;
        _homeBytes[run.HomeId] = _homeBytes.GetValueOrDefault(run.HomeId) + bytes;
        if (!_byAutomation.TryGetValue((run.HomeId, run.AutomationId), out var runs))
            _byAutomation[(run.HomeId, run.AutomationId)] = runs = [];
        runs.Add(entry);
    }

    // Under _sync: out of the id map and the home's bytes (the caller takes it out of its automation's list).
    private void Forget(Entry entry)
    {
        _byId.Remove(entry.Run.Id);
        var left = _homeBytes.GetValueOrDefault(entry.Run.HomeId) - entry.Bytes;
        if (left <= 0)
            _homeBytes.Remove(entry.Run.HomeId);
        else
            _homeBytes[entry.Run.HomeId] = left;
    }

    private sealed class Entry(AutomationRun run, long sequence)
    {
        public AutomationRun Run { get; set; } = run;

        public long Sequence { get; } = sequence;

        public long Bytes { get; set; }
    }
}
