using AiotHub.Automation.Traces;

namespace AiotHub.Automation.Automations.Engine;

/// <summary>
/// One run in progress: what started it, the conditions and steps recorded so far, how it is being
/// stopped, and where to resume when it continues a run of the previous process. Its trace is
/// <see cref="Snapshot"/>; steps are added and updated from the run's own flow only.
/// </summary>
internal sealed class AutomationRunContext : IDisposable
{
    /// <summary>Room kept for the "truncated" marker when a trace reaches its byte limit.</summary>
    private const int MarkerBytes = 512;

    private readonly Lock _sync = new();
    private readonly List<AutomationRunStep> _steps;
    private readonly CancellationTokenSource _cancel;
    private readonly AutomationLimits _limits;
    private ITimer? _deadline;
    private long _bytes;
    private long _changes;

    public AutomationRunContext(
        string id, RunnableAutomation automation, AutomationRunTrigger trigger, string? triggerId, string[] lineage, DateTimeOffset started,
        AutomationLimits limits, CancellationToken stopping, IReadOnlyList<AutomationRunStep>? steps = null)
    {
        Id = id;
        Automation = automation;
        Trigger = trigger;
        TriggerId = triggerId;
        Lineage = lineage.Contains(automation.Entry.Id, StringComparer.Ordinal) ? lineage : [.. lineage, automation.Entry.Id];
        Started = started;
        _limits = limits;
        _steps = [.. steps ?? []];
        _cancel = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        _bytes = AutomationTraceSize.Head(Snapshot(AutomationRunResult.Running, null, null)) + _steps.Sum(s => (long)AutomationTraceSize.Of(s));
        Truncated = _steps.Any(s => s.Kind == TruncatedKind);
    }

    /// <summary>The kind of the marker step that ends a trace cut at its limit.</summary>
    public const string TruncatedKind = "truncated";

    public string Id { get; }

    public RunnableAutomation Automation { get; }

    public string HomeId => Automation.Entry.HomeId;

    public string AutomationId => Automation.Entry.Id;

    public AutomationRunTrigger Trigger { get; }

    public string? TriggerId { get; }

    /// <summary>This automation and the ones whose runs caused this run: what its commands are traced back to.</summary>
    public string[] Lineage { get; }

    public DateTimeOffset Started { get; }

    public List<AutomationRunCondition> Conditions { get; } = [];

    public CancellationToken Token => _cancel.Token;

    /// <summary>Why the run was cancelled (a newer run, an edit, a delete); null while it is not.</summary>
    public string? CancelReason { get; private set; }

    /// <summary>Why a limit stopped the run (<see cref="AutomationRunResult.Stopped"/>), and which (<see cref="Limit"/>); null while none has.</summary>
    public string? StopReason { get; private set; }

    public string? Limit { get; private set; }

    /// <summary>Whether the run counts against its home's concurrent runs (the engine's books, under its lock).</summary>
    public bool CountedInHome { get; set; }

    /// <summary>Whether the trace reached its limit and ends with the marker; later steps are not recorded.</summary>
    public bool Truncated { get; private set; }

    /// <summary>The engine's books on writing the trace (from the run's own flow only): <see cref="Changes"/> when it last kept it, and when it last wrote it to hub.db.</summary>
    public long SavedChanges { get; set; } = -1;

    public DateTimeOffset WrittenAt { get; set; }

    /// <summary>Grows with every change to the trace, so a write that would repeat the last one can be left out.</summary>
    public long Changes => Interlocked.Read(ref _changes);

    /// <summary>The trace's size as JSON so far (estimated, <see cref="AutomationTraceSize"/>).</summary>
    public long Bytes
    {
        get
        {
            lock (_sync)
                return _bytes;
        }
    }

    /// <summary>Why the run stopped on an error; null while it has not.</summary>
    public string? FailReason { get; set; }

    /// <summary>Commands sent that were not applied (rejected, offline, timed out): the run is partial.</summary>
    public int NotApplied { get; set; }

    /// <summary>On resume: the JSON path of the delay or wait to continue, and when it is due.</summary>
    public string? ResumePath { get; set; }

    public DateTimeOffset? ResumeDue { get; set; }

    public TaskCompletionSource<AutomationRun> Finished { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Cancel(string reason)
    {
        lock (_sync)
        {
            if (StopReason is null)
                CancelReason ??= reason;
        }

        CancelToken();
    }

    /// <summary>Stops the run at <see cref="Started"/> + <paramref name="duration"/> (at once if that has passed), as the limit <paramref name="limit"/> says.</summary>
    public void StopAfter(TimeSpan duration, TimeProvider time, string limit)
    {
        var remaining = Started + duration - time.GetUtcNow();
        var reason = $"the run went on longer than {Durations.Text(duration)}, the most {limit} allows";
        lock (_sync)
            _deadline = time.CreateTimer(_ => Stop(reason, limit), null, remaining > TimeSpan.Zero ? remaining : TimeSpan.Zero, Timeout.InfiniteTimeSpan);
    }

    private void Stop(string reason, string limit)
    {
        lock (_sync)
        {
            if (CancelReason is not null || StopReason is not null)
                return;
            StopReason = reason;
            Limit = limit;
        }

        CancelToken();
    }

    private void CancelToken()
    {
        try
        {
            _cancel.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // Finished meanwhile: nothing left to stop.
        }
    }

    /// <summary>Steps still running when the run ends: cancelled with it, or (after an error) not finished.</summary>
    public void CloseRunningSteps(AutomationStepStatus status, string? reason, DateTimeOffset now)
    {
        lock (_sync)
        {
            for (var i = 0; i < _steps.Count; i++)
            {
                if (_steps[i].Status == AutomationStepStatus.Running)
                    _steps[i] = _steps[i] with { Status = status, Finished = now, Message = reason ?? _steps[i].Message };
            }
        }
    }

    /// <summary>
    /// Records the step and returns its index; -1 when the trace is at its limit (<c>TraceSteps</c>, <c>TraceBytes</c>):
    /// the first step past it is replaced by a "truncated" marker, and later ones are not recorded, so a trace never grows past its limit.
    /// </summary>
    public int AddStep(AutomationRunStep step)
    {
        lock (_sync)
        {
            if (Truncated)
                return -1;
            var bytes = AutomationTraceSize.Of(step);
            if (_steps.Count + 1 >= _limits.TraceSteps || _bytes + bytes > _limits.TraceBytes - MarkerBytes)
            {
                Truncated = true;
                var marker = Marker(step);
                _steps.Add(marker);
                _bytes += AutomationTraceSize.Of(marker);
                Interlocked.Increment(ref _changes);
                return -1;
            }

            _steps.Add(step);
            _bytes += bytes;
            Interlocked.Increment(ref _changes);
            return _steps.Count - 1;
        }
    }

    /// <summary>Changes a recorded step (nothing for -1, a step the trace did not record).</summary>
    public void UpdateStep(int index, Func<AutomationRunStep, AutomationRunStep> change)
    {
        if (index < 0)
            return;
        lock (_sync)
        {
            var before = AutomationTraceSize.Of(_steps[index]);
            _steps[index] = change(_steps[index]);
            _bytes += AutomationTraceSize.Of(_steps[index]) - before;
            Interlocked.Increment(ref _changes);
        }
    }

    private AutomationRunStep Marker(AutomationRunStep first)
    {
        var (limit, what) = _steps.Count + 1 >= _limits.TraceSteps
            ? (nameof(AutomationLimits.TraceSteps), $"{_limits.TraceSteps} steps")
            : (nameof(AutomationLimits.TraceBytes), $"{_limits.TraceBytes} bytes");
        return new AutomationRunStep(first.Path, TruncatedKind, AutomationStepStatus.Skipped, first.Started, first.Started,
            Message: $"the trace reached {what}, the most {AutomationLimits.Key(limit)} allows; the run went on, but its steps from here are not recorded");
    }

    /// <summary>The step a resumed delay or wait left running, found by its path; -1 when the trace lost it.</summary>
    public int FindRunningStep(string path)
    {
        lock (_sync)
            return _steps.FindLastIndex(s => s.Path == path && s.Status == AutomationStepStatus.Running);
    }

    public AutomationRun Snapshot(AutomationRunResult result, string? reason, DateTimeOffset? finished)
    {
        lock (_sync)
        {
            AutomationRunCondition[] conditions;
            lock (Conditions)
                conditions = [.. Conditions];
            return new AutomationRun(Id, HomeId, AutomationId, Automation.Definition.Name, result, reason, Started, finished, Trigger, conditions, [.. _steps],
                result == AutomationRunResult.Stopped ? Limit : null);
        }
    }

    public void Dispose()
    {
        lock (_sync)
        {
            _deadline?.Dispose();
            _deadline = null;
        }

        _cancel.Dispose();
    }
}
