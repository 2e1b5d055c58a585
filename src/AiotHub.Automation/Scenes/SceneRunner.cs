using System.Collections.Concurrent;
using System.Text.Json;
using AiotHub.Core.Activity;
using AiotHub.Core.Devices;
using AiotHub.Core.Events;

namespace AiotHub.Automation.Scenes;

/// <summary>
/// Runs scenes: each step becomes a command through the <see cref="DeviceRegistry"/>, sent in step
/// order (so each device gets its commands in order) at most one per
/// <see cref="SceneRunnerOptions.CommandInterval"/>; the outcomes are awaited through the command
/// lifecycle, all at once, and gathered in a <see cref="SceneRun"/> that is kept (the newest
/// <see cref="SceneRunnerOptions.RunsPerScene"/> per scene, in hub.db too) and announced on the
/// home's event feed when it starts and when it finishes. A step that is no longer valid is
/// recorded as invalid, never thrown.
/// </summary>
public sealed class SceneRunner : IAsyncDisposable
{
    private readonly Lock _sync = new();
    private readonly SceneCatalog _catalog;
    private readonly DeviceRegistry _registry;
    private readonly SceneStore? _store;
    private readonly TimeProvider _time;
    private readonly SceneRunnerOptions _options;
    private readonly Dictionary<(string HomeId, string SceneId), List<SceneRun>> _runs = [];
    private readonly ConcurrentDictionary<string, Task<SceneRun>> _active = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stopping = new();

    public SceneRunner(SceneCatalog catalog, SceneStore? store = null, TimeProvider? timeProvider = null, SceneRunnerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        _catalog = catalog;
        _registry = catalog.Registry;
        _store = store;
        _time = timeProvider ?? TimeProvider.System;
        _options = options ?? new SceneRunnerOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.CommandInterval, TimeSpan.Zero, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.RunsPerScene, 1, nameof(options));
        foreach (var body in store?.LoadRuns() ?? [])
        {
            if (JsonSerializer.Deserialize(body, SceneJson.Default.SceneRun) is not { } run)
                continue;
            if (run.Status == SceneRunStatus.Running)
            {
                // The previous process stopped mid-run: what was sent has an unknown outcome, the rest was never sent.
                run = Finish(run with { Steps = [.. run.Steps.Select(s => Interrupted(s, "the hub stopped"))] });
                Save(run);
            }

            Keep(run);
        }

        catalog.Deleted += (homeId, sceneId) =>
        {
            lock (_sync)
                _runs.Remove((homeId, sceneId));
        };
    }

    /// <summary>Starts a run of the scene and returns it (status running); null when the home has no such scene.</summary>
    public SceneRun? Start(string homeId, string sceneId, string source = SceneRun.ApiSource, string? startedBy = null)
    {
        if (_catalog.Find(homeId, sceneId) is not { } scene)
            return null;
        ObjectDisposedException.ThrowIf(_stopping.IsCancellationRequested, this);
        var id = "run-" + Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(6));
        var run = new SceneRun(id, scene.Id, homeId, scene.Name, source, startedBy, SceneRunStatus.Running, _time.GetUtcNow(), null,
            [.. scene.Steps.Select((s, i) => new SceneRunStep(i, s.DeviceId, s.Kind, s.Key, null, SceneStepStatus.Pending))]);
        lock (_sync)
            Keep(run);
        Save(run);
        Publish(run.HomeId, SceneRunStarted.From(run));
        var task = Task.Run(() => ExecuteAsync(scene, run));
        _active[id] = task;
        // Added before removed even when the run finishes at once.
        task.ContinueWith(_ => _active.TryRemove(id, out var _), TaskScheduler.Default);
        return run;
    }

    /// <summary>The scene's kept runs, newest first.</summary>
    public IReadOnlyList<SceneRun> ListRuns(string homeId, string sceneId)
    {
        lock (_sync)
            return _runs.TryGetValue((homeId, sceneId), out var runs) ? [.. Enumerable.Reverse(runs)] : [];
    }

    public SceneRun? FindRun(string homeId, string sceneId, string runId)
    {
        lock (_sync)
            return _runs.TryGetValue((homeId, sceneId), out var runs) ? runs.FirstOrDefault(r => r.Id == runId) : null;
    }

    /// <summary>The run once finished (at once if it is); null for a run not started by this runner's process and not kept.</summary>
    public async Task<SceneRun?> WhenFinishedAsync(string homeId, string sceneId, string runId)
    {
        if (_active.TryGetValue(runId, out var task))
            return await task;
        return FindRun(homeId, sceneId, runId);
    }

    public async ValueTask DisposeAsync()
    {
        if (_stopping.IsCancellationRequested)
            return;
        await _stopping.CancelAsync();
        await Task.WhenAll(_active.Values);
        _stopping.Dispose();
    }

    private async Task<SceneRun> ExecuteAsync(Scene scene, SceneRun started)
    {
        var runId = started.Id;
        var cancellation = _stopping.Token;
        var waits = new List<Task>();
        var issued = 0;
        var previous = DateTimeOffset.MinValue;
        string? stopped = null;
        try
        {
            for (var i = 0; i < scene.Steps.Count && !cancellation.IsCancellationRequested; i++)
            {
                var step = scene.Steps[i];
                var errors = SceneValidator.ValidateStep(_registry, scene.HomeId, step, $"$.steps[{i}]");
                if (errors.Count > 0)
                {
                    Update(started, i, s => s with { Status = SceneStepStatus.Invalid, Message = string.Join("; ", errors) });
                    continue;
                }

                // Pacing: the interval is between commands sent, so invalid steps cost no time. It is kept on the clock
                // that stamps the commands (what the activity log shows), not only on the timer's: the two can
                // disagree by milliseconds when the wall clock is adjusted under load.
                if (issued++ > 0 && _options.CommandInterval > TimeSpan.Zero)
                    await PaceAsync(previous + _options.CommandInterval, cancellation);

                var result = step.Set is { } values
                    ? _registry.SetProperties(step.DeviceId, values, CommandOrigin.Scene(scene.Id))
                    : _registry.CallAction(step.DeviceId, step.Call!, step.In ?? default, CommandOrigin.Scene(scene.Id));
                if (!result.IsAccepted)
                {
                    Update(started, i, s => s with { Status = SceneStepStatus.Invalid, Message = string.Join("; ", result.Errors) });
                    continue;
                }

                previous = result.Command.Created;
                var index = i;
                var commandId = result.Command.Id;
                Update(started, i, s => s with { CommandId = commandId });
                waits.Add(AwaitOutcomeAsync(started, index, commandId, cancellation));
            }

            await Task.WhenAll(waits);
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            stopped = "the hub stopped";
        }
        catch (Exception e)
        {
            // A run must end (and say so) whatever went wrong; the hub keeps going.
            stopped = "the run failed: " + e.Message;
        }

        SceneRun finished;
        lock (_sync)
        {
            // The scene may have been deleted meanwhile, its runs with it.
            var run = FindRun(scene.HomeId, scene.Id, runId) ?? started;
            finished = Finish(stopped is null ? run : run with { Steps = [.. run.Steps.Select(s => Interrupted(s, stopped))] });
            Replace(finished);
        }

        Save(finished);
        Publish(finished.HomeId, SceneRunFinished.From(finished));
        return finished;
    }

    /// <summary>
    /// Waits until <paramref name="due"/> on the clock's wall time; a timer that ends a little early waits again. A wall
    /// clock set back never holds a scene for longer than twice the interval, measured on the monotonic timer.
    /// </summary>
    private async Task PaceAsync(DateTimeOffset due, CancellationToken cancellation)
    {
        var interval = _options.CommandInterval;
        var started = _time.GetTimestamp();
        for (var left = due - _time.GetUtcNow(); left > TimeSpan.Zero && _time.GetElapsedTime(started) < 2 * interval; left = due - _time.GetUtcNow())
            await Task.Delay(left < interval ? left : interval, _time, cancellation);
    }

    private async Task AwaitOutcomeAsync(SceneRun run, int index, string commandId, CancellationToken cancellation)
    {
        var command = await _registry.WaitForCommandAsync(commandId, cancellation);
        var status = command?.Status switch
        {
            CommandStatus.Applied => SceneStepStatus.Applied,
            CommandStatus.Rejected => SceneStepStatus.Rejected,
            CommandStatus.Offline => SceneStepStatus.Offline,
            _ => SceneStepStatus.TimedOut,
        };
        Update(run, index, s => s with
        {
            Status = status,
            Code = command?.Code,
            Message = command is null || command.Status == CommandStatus.Pending ? "the hub forgot the command before it finished" : command.Message,
            LatencyMs = command?.Latency?.TotalMilliseconds,
        });
    }

    private void Update(SceneRun run, int index, Func<SceneRunStep, SceneRunStep> change)
    {
        lock (_sync)
        {
            // Gone when the scene was deleted meanwhile: nothing left to record into.
            if (!_runs.TryGetValue((run.HomeId, run.SceneId), out var runs) || runs.FindIndex(r => r.Id == run.Id) is not (var at and >= 0))
                return;
            var steps = runs[at].Steps.ToArray();
            steps[index] = change(steps[index]);
            runs[at] = runs[at] with { Steps = steps };
        }
    }

    private SceneRun Finish(SceneRun run)
    {
        var applied = run.Steps.Count(s => s.Status == SceneStepStatus.Applied);
        var status = applied == run.Steps.Count ? SceneRunStatus.Succeeded : applied == 0 ? SceneRunStatus.Failed : SceneRunStatus.Partial;
        return run with { Status = status, Finished = _time.GetUtcNow() };
    }

    private static SceneRunStep Interrupted(SceneRunStep step, string reason) => step.Status != SceneStepStatus.Pending ? step
        : step.CommandId is null ? step with { Status = SceneStepStatus.Skipped, Message = reason + " before this step was sent" }
        : step with { Status = SceneStepStatus.TimedOut, Message = reason + " before a reply arrived" };

    // Under _sync (or in the constructor): appends, dropping the oldest beyond the limit.
    private void Keep(SceneRun run)
    {
        if (!_runs.TryGetValue((run.HomeId, run.SceneId), out var runs))
            _runs[(run.HomeId, run.SceneId)] = runs = [];
        runs.Add(run);
        if (runs.Count > _options.RunsPerScene)
            runs.RemoveRange(0, runs.Count - _options.RunsPerScene);
    }

    private void Replace(SceneRun run)
    {
        if (_runs.TryGetValue((run.HomeId, run.SceneId), out var runs) && runs.FindIndex(r => r.Id == run.Id) is var at and >= 0)
            runs[at] = run;
    }

    private void Save(SceneRun run)
    {
        // A run of a scene deleted meanwhile is not written back (DeleteScene removed its rows).
        if (_catalog.Find(run.HomeId, run.SceneId) is null)
            return;
        _store?.SaveRun(run.Id, run.HomeId, run.SceneId, run.Started, JsonSerializer.Serialize(run, SceneJson.Default.SceneRun), _options.RunsPerScene);
    }

    private void Publish(string homeId, SceneRunEvent data) =>
        _registry.Events.Publish(new HomeEventDraft(homeId, _time.GetUtcNow(), null, data));
}
