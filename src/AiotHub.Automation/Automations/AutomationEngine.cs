using System.Collections.Concurrent;
using System.Text.Json;
using System.Threading.Channels;
using AiotHub.Automation.Automations.Engine;
using AiotHub.Automation.Automations.Triggers;
using AiotHub.Automation.Modes;
using AiotHub.Automation.Scenes;
using AiotHub.Automation.Traces;
using AiotHub.Core.Devices;
using AiotHub.Automation.Automations.Persistence;
using AiotHub.Core.Events;

namespace AiotHub.Automation.Automations;

/// <summary>
/// Runs the home's automations: listens to the devices' event feed, the clock and the home mode,
/// matches each event against the enabled, available automations through an index, checks
/// conditions, carries out actions (commands through the registry, scenes through the scene
/// runner) under each automation's mode, rate limit and loop protection, and records a trace of
/// every run. Pending delays, waits and "for" timers are kept in hub.db and resumed after a restart.
/// </summary>
/// <remarks>
/// Events come through one hub-wide synchronous handler on <see cref="HomeEventFeed.Published"/> (not one
/// subscription per home: homes created later are covered, and an event that matches nothing costs
/// one dictionary lookup on the publisher's thread and no allocation). Events that match go to one
/// loop, in order, so "for" timers see changes in the order they happened; runs then go on their own tasks.
/// </remarks>
public sealed partial class AutomationEngine : IAsyncDisposable
{
    /// <summary>A trace above this many bytes is written to hub.db at most every <see cref="LargeTraceWrites"/> while its run goes on.</summary>
    private const int LargeTrace = 16 * 1024;

    private static readonly TimeSpan LargeTraceWrites = TimeSpan.FromMilliseconds(500);

    private readonly Lock _sync = new();
    private readonly DeviceRegistry _registry;
    private readonly AutomationSource _source;
    private readonly AutomationCatalog? _catalog;
    private readonly AutomationStore? _store;
    private readonly TimeProvider _time;
    private readonly AutomationEngineOptions _options;
    private readonly HomeLocation _location;
    private readonly AutomationTraceStore _traces;
    private readonly PendingRuns _pending;
    private readonly AutomationSnapshots _snapshots;
    private readonly CausalityTracker _causality;
    private readonly WaitRegistry _waits;
    private readonly ConditionEvaluator _conditions;
    private readonly ActionExecutor _executor;
    private readonly ForTimers _forTimers;
    private readonly TriggerClock _clock;
    private readonly Dictionary<(string HomeId, string AutomationId), RunModeGate> _gates = [];
    private readonly Dictionary<string, int> _homeRuns = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RateLimiter> _scheduleRates = new(StringComparer.Ordinal);
    private readonly AutomationRateLimit _scheduleWindow;
    private readonly ConcurrentDictionary<string, AutomationRunContext> _runs = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Task> _tasks = new(StringComparer.Ordinal);
    private readonly Channel<EngineWork> _work;
    private readonly CancellationTokenSource _stopping = new();
    private volatile AutomationIndex _index = AutomationIndex.Empty;
    private bool _listening;
    private Task _loop = Task.CompletedTask;
    private bool _started;

    public AutomationEngine(
        AutomationCatalog catalog,
        SceneRunner scenes,
        HomeModes modes,
        AutomationStore? store = null,
        TimeProvider? timeProvider = null,
        AutomationEngineOptions? options = null)
        : this((catalog ?? throw new ArgumentNullException(nameof(catalog))).Registry, AutomationSource.From(catalog), scenes, modes, store, timeProvider, options) =>
        _catalog = catalog;

    internal AutomationEngine(
        DeviceRegistry registry,
        AutomationSource source,
        SceneRunner scenes,
        HomeModes modes,
        AutomationStore? store = null,
        TimeProvider? timeProvider = null,
        AutomationEngineOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(scenes);
        ArgumentNullException.ThrowIfNull(modes);
        _registry = registry;
        _source = source;
        _store = store;
        _time = timeProvider ?? TimeProvider.System;
        _options = options ?? new AutomationEngineOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.RunsPerAutomation, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.FailedRunsPerAutomation, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.LoopLimit, 1, nameof(options));
        ArgumentNullException.ThrowIfNull(_options.Limits, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.MaxQueuedEvents, 1, nameof(options));
        // Wait: TryWrite answers false when full (the event is counted as dropped); only barriers ever wait.
        _work = Channel.CreateBounded<EngineWork>(new BoundedChannelOptions(_options.MaxQueuedEvents) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });
        _scheduleWindow = new AutomationRateLimit(_options.Limits.ScheduledRunsPerMinute, TimeSpan.FromMinutes(1));
        _location = HomeLocation.From(_options);
        _traces = new AutomationTraceStore(store, _options);
        _pending = new PendingRuns(store);
        _snapshots = new AutomationSnapshots(store);
        _causality = new CausalityTracker(_options.CausalityWindow);
        _waits = new WaitRegistry(_time);
        _conditions = new ConditionEvaluator(registry, modes, _time, _location);
        _executor = new ActionExecutor(registry, scenes, modes, _time, _causality, _waits, _pending, _snapshots, _conditions, Persist, _stopping.Token);
        _forTimers = new ForTimers(_time, _pending, (reference, trigger, lineage) => Fire(reference, trigger, lineage));
        _clock = new TriggerClock(_time, _location, (reference, at) => Fire(reference, RunTriggers.Clocked(reference, at, _location.Zone), []));
    }

    /// <summary>Begins listening and resumes what the previous run of the hub left pending.</summary>
    public void Start()
    {
        lock (_sync)
        {
            ObjectDisposedException.ThrowIf(_stopping.IsCancellationRequested, this);
            if (_started)
                return;
            _started = true;
        }

        // Subscribed before the first read, so no change falls between the two.
        if (_catalog is not null)
            _catalog.Changed += OnCatalogChanged;
        Reload(null, null);
        Resume();
        _registry.Events.Published += OnEvent;
        _listening = true;
        _loop = Task.Run(LoopAsync);
    }

    /// <summary>
    /// Runs the automation now (trigger kind "manual", index -1); conditions are checked unless <paramref name="skipConditions"/>.
    /// Null when there is no such automation. A run a limit refused comes back not running, with <see cref="AutomationRun.Limit"/> naming it.
    /// </summary>
    public AutomationRun? RunNow(string homeId, string automationId, bool skipConditions = false, string? startedBy = null)
    {
        if (_index.Find(homeId, automationId) is not { } automation)
            return null;
        return Fire(new TriggerRef(automation, -1, new ManualTrigger("$", null)), RunTriggers.Manual(_time.GetUtcNow(), startedBy), [], skipConditions);
    }

    /// <summary>Fires every enabled automation with a webhook trigger for <paramref name="hookId"/>; the body is the trigger's data.</summary>
    public WebhookResult FireWebhook(string hookId, JsonElement body)
    {
        if (hookId is null || _index.Webhook(hookId) is not { } references)
            return new WebhookResult(false, []);
        var now = _time.GetUtcNow();
        var runs = references.Select(r => Fire(r, RunTriggers.Webhook(r, body, now), [])).ToList();
        // Refused by a limit, every one of them: the caller should slow down (the API answers 429 naming the limit).
        var limit = runs.All(r => r.Limit is not null && r.Result != AutomationRunResult.Running) ? runs[0].Limit : null;
        return new WebhookResult(true, [.. runs.Select(r => r.Id)], limit);
    }

    /// <summary>Traces, newest first, after the filter; at most <paramref name="limit"/> after <paramref name="afterRunId"/> (keyset paging).</summary>
    public IReadOnlyList<AutomationRun> QueryRuns(AutomationRunQuery query, int limit = 100, string? afterRunId = null) =>
        _traces.Query(query, limit, afterRunId);

    public int CountRuns(AutomationRunQuery query) => _traces.Count(query);

    public AutomationRun? FindRun(string homeId, string runId) => _traces.Find(homeId, runId);

    /// <summary>The run once it has finished (at once if it has); null for a run this process does not know.</summary>
    public async Task<AutomationRun?> WhenFinishedAsync(string homeId, string runId)
    {
        if (_runs.TryGetValue(runId, out var run) && run.HomeId == homeId)
            return await run.Finished.Task;
        return FindRun(homeId, runId);
    }

    internal int ForTimerCount => _forTimers.Count;

    internal DateTimeOffset? NextClockDue => _clock.NextDue;

    public async ValueTask DisposeAsync()
    {
        if (_stopping.IsCancellationRequested)
            return;
        if (_catalog is not null)
            _catalog.Changed -= OnCatalogChanged;
        if (_listening)
            _registry.Events.Published -= OnEvent;
        _clock.Dispose();
        _forTimers.Dispose();
        await _stopping.CancelAsync();
        _work.Writer.TryComplete();
        await _loop;
        try
        {
            await Task.WhenAll(_tasks.Values);
        }
        catch (OperationCanceledException)
        {
            // Runs stopped by the hub stopping leave their state for the next start.
        }
    }

    /// <summary>
    /// Keeps the run's newest trace after a step: in memory at once, in hub.db with its next batch — but a trace above
    /// <see cref="LargeTrace"/> bytes at most every <see cref="LargeTraceWrites"/>, since writing hundreds of kilobytes
    /// again for every step of a long run would cost more than the run (its end is always written). A run of an
    /// automation deleted meanwhile is not kept (its traces went with it).
    /// </summary>
    private void Persist(AutomationRunContext run)
    {
        var changes = run.Changes;
        if (changes == run.SavedChanges)
            return;
        var now = _time.GetUtcNow();
        var write = run.Bytes < LargeTrace || now - run.WrittenAt >= LargeTraceWrites;
        if (_traces.Save(run.Snapshot(AutomationRunResult.Running, null, null), () => StillExists(run.HomeId, run.AutomationId), write))
        {
            run.SavedChanges = changes;
            if (write)
                run.WrittenAt = now;
        }
    }


    private void Publish(string homeId, HomeEventData data) =>
        _registry.Events.Publish(new HomeEventDraft(homeId, _time.GetUtcNow(), null, data));
}
