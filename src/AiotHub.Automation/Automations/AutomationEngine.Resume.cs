using AiotHub.Automation.Automations.Engine;
using AiotHub.Automation.Traces;
using AiotHub.Core.Events;

namespace AiotHub.Automation.Automations;

/// <summary>
/// What the previous process left (docs/automations.md "Runs", "After a restart"): delays, waits
/// and "for" timers resume; what was running and not waiting ends interrupted.
/// </summary>
public sealed partial class AutomationEngine
{
    private void Resume()
    {
        // Automations deleted while the hub was down: their runs, pending work and snapshots go, as on a delete.
        var now = _time.GetUtcNow();
        foreach (var (homeId, automationId) in _traces.Automations())
        {
            if (_source.Exists(homeId, automationId))
            {
                // Retention by age also applies to automations that have not run for a while.
                _traces.Prune(homeId, automationId, now);
                continue;
            }

            _traces.Remove(homeId, automationId);
            _snapshots.Forget(homeId, automationId);
            _store?.DeleteAutomationData(homeId, automationId);
        }

        var states = _pending.Load();
        var byRun = states.Where(s => s.RunId is not null).GroupBy(s => s.RunId!).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
        foreach (var trace in _traces.ListRunning())
        {
            if (byRun.Remove(trace.Id, out var state))
                ResumeRun(trace, state, now);
            else
                Interrupt(trace, "the hub stopped while the run was in progress", now);
        }

        // Rows whose trace is gone (pruned, or the automation deleted) have nothing left to resume.
        foreach (var orphan in byRun.Values)
            _pending.Delete(orphan.Id);

        foreach (var state in states.Where(s => s.Kind == PendingRunState.For))
        {
            if (_index.Find(state.HomeId, state.AutomationId) is { } automation && automation.Entry.Version == state.Version &&
                state.TriggerIndex >= 0 && state.TriggerIndex < automation.Definition.Triggers.Count)
                _forTimers.Resume(state, new TriggerRef(automation, state.TriggerIndex, automation.Definition.Triggers[state.TriggerIndex]), _registry);
            else
                _pending.Delete(state.Id);
        }
    }

    private void ResumeRun(AutomationRun trace, PendingRunState state, DateTimeOffset now)
    {
        var automation = _index.Find(trace.HomeId, trace.AutomationId);
        if (automation is null || automation.Entry.Version != state.Version)
        {
            _pending.Delete(state.Id);
            Interrupt(trace, automation is null
                ? "the automation was disabled or deleted while the hub was stopped"
                : "the automation was edited while the hub was stopped", now);
            return;
        }

        if (state.Due is { } due && now - due is var late && late > _options.ResumeGrace)
        {
            _pending.Delete(state.Id);
            var what = state.Kind == PendingRunState.Wait ? "the wait's timeout" : "the delay's end";
            Interrupt(trace, $"the hub was stopped past {what} by {Durations.Text(late)}", now);
            return;
        }

        var run = new AutomationRunContext(trace.Id, automation, trace.Trigger, state.TriggerId, [.. state.Lineage], trace.Started, _options.Limits, _stopping.Token, trace.Steps)
        {
            ResumePath = state.StepPath,
            ResumeDue = state.Due ?? now,
        };
        run.Conditions.AddRange(trace.Conditions);
        lock (_sync)
        {
            var key = (run.HomeId, run.AutomationId);
            if (!_gates.TryGetValue(key, out var gate))
                _gates[key] = gate = new RunModeGate();
            gate.Resume(run);
            // Admitted by the previous process: counted, even past the home's limit, so the count stays true.
            _homeRuns[run.HomeId] = _homeRuns.GetValueOrDefault(run.HomeId) + 1;
            run.CountedInHome = true;
            _runs[run.Id] = run;
        }

        // The run's time counts from when it started, before the restart.
        run.StopAfter(_options.Limits.RunDuration, _time, AutomationLimits.Key(nameof(AutomationLimits.RunDuration)));
        Launch(run, Task.CompletedTask, inline: true);
    }

    private void Interrupt(AutomationRun trace, string reason, DateTimeOffset now)
    {
        var finished = trace with
        {
            Result = AutomationRunResult.Interrupted,
            Reason = reason,
            Finished = now,
            Steps = [.. trace.Steps.Select(s => s.Status == AutomationStepStatus.Running
                ? s with { Status = AutomationStepStatus.Cancelled, Finished = now, Message = reason }
                : s)],
        };
        _traces.Save(finished);
        _traces.Prune(trace.HomeId, trace.AutomationId, now);
        Publish(trace.HomeId, AutomationRunFinished.From(finished));
    }
}
