using System.Security.Cryptography;
using AiotHub.Automation.Automations.Engine;
using AiotHub.Automation.Automations.Triggers;
using AiotHub.Automation.Traces;
using AiotHub.Core.Events;

namespace AiotHub.Automation.Automations;

/// <summary>Starting a run (conditions, loop protection, rate limit, mode), carrying it out on its own task, and finishing its trace.</summary>
public sealed partial class AutomationEngine
{
    private AutomationRun Fire(TriggerRef reference, AutomationRunTrigger trigger, string[] lineage, bool skipConditions = false)
    {
        var automation = reference.Automation;
        var definition = automation.Definition;
        var now = _time.GetUtcNow();
        var run = new AutomationRunContext(NewRunId(), automation, trigger, reference.Trigger.Id, lineage, now, _options.Limits, _stopping.Token);
        if (!skipConditions && !_conditions.All(definition.Conditions, run.HomeId, run.TriggerId, run.Conditions))
        {
            var failed = run.Conditions[^1];
            return NotRun(run, AutomationRunResult.ConditionsFailed, $"the condition at {failed.Path} did not hold: {failed.Description}");
        }

        LoopVerdict verdict;
        Refusal? refusal = null;
        GateDecision decision = GateDecision.Skip;
        IReadOnlyList<AutomationRunContext> replaced = [];
        Task turn = Task.CompletedTask;
        lock (_sync)
        {
            var key = (run.HomeId, run.AutomationId);
            if (!_gates.TryGetValue(key, out var gate))
                _gates[key] = gate = new RunModeGate();
            verdict = gate.Loop.Check(lineage.Contains(run.AutomationId, StringComparer.Ordinal), now, _options.LoopLimit, _options.LoopWindow);
            if (verdict == LoopVerdict.Stopped)
                replaced = gate.TakeAll();
            else if (verdict == LoopVerdict.Allowed && (refusal = AdmitLocked(run, reference, gate, now)) is null)
            {
                decision = gate.Admit(run, definition.Mode, definition.Max, out replaced, out turn);
                _homeRuns[run.HomeId] = _homeRuns.GetValueOrDefault(run.HomeId) + 1;
                run.CountedInHome = true;
                _runs[run.Id] = run;
            }
        }

        foreach (var old in replaced)
            old.Cancel(verdict == LoopVerdict.Stopped ? "loop protection stopped the automation" : "a newer run replaced it (mode restart)");

        if (verdict != LoopVerdict.Allowed)
        {
            var window = Durations.Text(_options.LoopWindow);
            if (verdict == LoopVerdict.Stopped)
            {
                var message = $"\"{definition.Name}\" re-triggered itself more than {_options.LoopLimit} times within {window} and was stopped for {window}";
                Publish(run.HomeId,
                    new AutomationNotification(run.AutomationId, run.Id, "Automation loop stopped", message, "warning"));
            }

            return NotRun(run, AutomationRunResult.LoopStopped, verdict == LoopVerdict.Stopped
                ? $"the automation's own actions re-triggered it more than {_options.LoopLimit} times within {window}"
                : $"loop protection holds the automation for {window} after it was stopped");
        }

        if (refusal is { } refused)
            return NotRun(run, refused.Result, refused.Reason, refused.Limit);

        run.StopAfter(_options.Limits.RunDuration, _time, AutomationLimits.Key(nameof(AutomationLimits.RunDuration)));
        var started = run.Snapshot(AutomationRunResult.Running, decision == GateDecision.Queue ? "queued behind the runs in progress" : null, null);
        _traces.Save(started, () => StillExists(run.HomeId, run.AutomationId));
        (run.SavedChanges, run.WrittenAt) = (run.Changes, now);
        Publish(run.HomeId, AutomationRunStarted.From(started));
        Launch(run, turn);
        return started;
    }

    /// <summary>
    /// Under the lock: why the run may not start — its mode, the automation's and the home's limits of concurrent runs,
    /// the automation's rate limit, the home's limit of runs started by schedules — in that order; null when it may.
    /// Rate limits are counted last, so a trigger refused for another reason does not use them up.
    /// </summary>
    private Refusal? AdmitLocked(AutomationRunContext run, TriggerRef reference, RunModeGate gate, DateTimeOffset now)
    {
        var definition = run.Automation.Definition;
        var limits = _options.Limits;
        if (gate.WouldSkip(definition.Mode, definition.Max))
        {
            return new Refusal(AutomationRunResult.Skipped, definition.Mode == AutomationMode.Single
                ? "a run is in progress (mode single)"
                : $"{gate.Count} runs are in progress or queued, the most mode {definition.Mode.ToString().ToLowerInvariant()} allows");
        }

        if (definition.Mode is AutomationMode.Queued or AutomationMode.Parallel && gate.Count >= limits.ConcurrentRunsPerAutomation)
        {
            var key = AutomationLimits.Key(nameof(AutomationLimits.ConcurrentRunsPerAutomation));
            return new Refusal(AutomationRunResult.Skipped, $"{gate.Count} runs of the automation are in progress or queued, the most {key} allows", key);
        }

        // A restart replaces the automation's own runs in progress: those leave the home's count as they end.
        if (_homeRuns.GetValueOrDefault(run.HomeId) is var home && home >= limits.ConcurrentRunsPerHome)
        {
            var key = AutomationLimits.Key(nameof(AutomationLimits.ConcurrentRunsPerHome));
            return new Refusal(AutomationRunResult.Skipped, $"{home} runs of the home's automations are in progress or queued, the most {key} allows", key);
        }

        var scheduled = reference.Trigger is TimeTrigger or ScheduleTrigger or SunTrigger;
        if (scheduled && !ScheduleRate(run.HomeId).CanStart(_scheduleWindow, now))
        {
            var key = AutomationLimits.Key(nameof(AutomationLimits.ScheduledRunsPerMinute));
            return new Refusal(AutomationRunResult.RateLimited,
                $"schedules started {limits.ScheduledRunsPerMinute} runs in the home within the last minute, the most {key} allows", key);
        }

        if (!gate.Rate.TryStart(definition.RateLimit, now))
            return new Refusal(AutomationRunResult.RateLimited, $"the rate limit of {definition.RateLimit!.Runs} runs per {Durations.Text(definition.RateLimit.Per)} was reached");
        if (scheduled)
            ScheduleRate(run.HomeId).TryStart(_scheduleWindow, now);
        return null;
    }

    private RateLimiter ScheduleRate(string homeId)
    {
        if (!_scheduleRates.TryGetValue(homeId, out var rate))
            _scheduleRates[homeId] = rate = new RateLimiter();
        return rate;
    }

    /// <summary>
    /// Runs go on the thread pool, off the publisher's thread; a resumed run starts inline so that,
    /// when <see cref="Start"/> returns, its delay's timer is armed and its wait listens again.
    /// </summary>
    private void Launch(AutomationRunContext run, Task turn, bool inline = false)
    {
        var task = inline ? ExecuteAsync(run, turn) : Task.Run(() => ExecuteAsync(run, turn));
        _tasks[run.Id] = task;
        // Added before removed even when the run finishes at once.
        task.ContinueWith(_ => _tasks.TryRemove(run.Id, out var _), TaskScheduler.Default);
    }

    private async Task ExecuteAsync(AutomationRunContext run, Task turn)
    {
        var actionsEnded = false;
        try
        {
            await turn.WaitAsync(run.Token);
            await _executor.RunAsync(run.Automation.Definition.Actions, run);
            actionsEnded = true;
        }
        catch (OperationCanceledException) when (run.Token.IsCancellationRequested || turn.IsCanceled)
        {
            if (_stopping.IsCancellationRequested && run.CancelReason is null && run.StopReason is null)
            {
                // The hub is stopping: the trace stays "running" and pending rows stay, for the next start to resume or interrupt.
                _runs.TryRemove(run.Id, out _);
                run.Finished.TrySetResult(run.Snapshot(AutomationRunResult.Running, null, null));
                return;
            }

            run.Cancel("the run was cancelled");
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A run must end (and say so) whatever went wrong; the hub keeps going.
            run.FailReason ??= "the run failed: " + e.Message;
        }

        Complete(run, actionsEnded);
    }

    /// <summary>
    /// Ends the run with the result of what it did. When its actions went to the end (or a step failed), a cancel or a
    /// stop that came meanwhile found nothing left to stop — the answer to its last command was already in, only this
    /// run's task had not yet got to it — so the run is not traced cancelled or stopped. Loop protection stopping an
    /// automation whose last run is just ending is such a case, and which way it went used to depend on the thread pool.
    /// </summary>
    private void Complete(AutomationRunContext run, bool actionsEnded)
    {
        var (result, reason) = run switch
        {
            { StopReason: { } stopped } when !actionsEnded => (AutomationRunResult.Stopped, stopped),
            { CancelReason: { } cancelled } when !actionsEnded => (AutomationRunResult.Cancelled, cancelled),
            { FailReason: { } failed } => (AutomationRunResult.Failed, failed),
            { NotApplied: > 0 } => (AutomationRunResult.Partial, $"{run.NotApplied} of the run's commands {(run.NotApplied == 1 ? "was" : "were")} not applied"),
            _ => (AutomationRunResult.Succeeded, (string?)null),
        };
        var now = _time.GetUtcNow();
        var ended = result is AutomationRunResult.Cancelled or AutomationRunResult.Stopped;
        run.CloseRunningSteps(ended ? AutomationStepStatus.Cancelled : AutomationStepStatus.Skipped, reason, now);
        var finished = run.Snapshot(result, reason, now);
        lock (_sync)
        {
            if (_gates.TryGetValue((run.HomeId, run.AutomationId), out var gate))
                gate.Leave(run);
            if (run.CountedInHome)
            {
                run.CountedInHome = false;
                if (_homeRuns.GetValueOrDefault(run.HomeId) <= 1)
                    _homeRuns.Remove(run.HomeId);
                else
                    _homeRuns[run.HomeId]--;
            }
        }

        if (ended)
            _pending.Delete(run.Id);
        if (_traces.Save(finished, () => StillExists(run.HomeId, run.AutomationId)))
            _traces.Prune(run.HomeId, run.AutomationId, now);

        // Known as running until its final trace is kept: WhenFinishedAsync reads the trace of a run it does not know,
        // and must never find it still "running".
        _runs.TryRemove(run.Id, out _);
        Publish(run.HomeId, AutomationRunFinished.From(finished));
        run.Finished.TrySetResult(finished);
        run.Dispose();
    }

    // Traced at once, one write: the run never started.
    private AutomationRun NotRun(AutomationRunContext run, AutomationRunResult result, string reason, string? limit = null)
    {
        var now = _time.GetUtcNow();
        var trace = run.Snapshot(result, reason, now) with { Limit = limit };
        if (_traces.Save(trace, () => StillExists(run.HomeId, run.AutomationId)))
            _traces.Prune(run.HomeId, run.AutomationId, now);
        Publish(run.HomeId, AutomationRunFinished.From(trace));
        run.Dispose();
        return trace;
    }

    private bool StillExists(string homeId, string automationId) =>
        _index.Find(homeId, automationId) is not null || _source.Exists(homeId, automationId);

    private static string NewRunId() => "arun-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
}
