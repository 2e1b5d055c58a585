using AiotHub.Automation.Automations.Actions;
using AiotHub.Automation.Traces;

namespace AiotHub.Automation.Automations.Engine;

/// <summary>Delays and waits: the due time goes to automation_pending first, so a restart can resume the run after this step.</summary>
internal sealed partial class ActionExecutor
{
    private async Task<bool> DelayAsync(AutomationRunContext run, DelayAction action)
    {
        var (index, due, resumed) = Begin(run, action.Path, action.Kind, action.Duration);
        try
        {
            if (due - Now is { Ticks: > 0 } remaining)
                await Task.Delay(remaining, time, run.Token);
        }
        finally
        {
            End(run);
        }

        run.UpdateStep(index, s => s with
        {
            Status = AutomationStepStatus.Succeeded,
            Finished = Now,
            Message = $"waited {Durations.Text(action.Duration)}" + (resumed ? ", resumed after the hub restarted" : ""),
        });
        persist(run);
        return true;
    }

    private async Task<bool> WaitAsync(AutomationRunContext run, WaitAction action)
    {
        var wait = waits.Register(run.Automation, action.Triggers);
        AutomationRunTrigger? fired = null;
        int index;
        try
        {
            (index, var due, _) = Begin(run, action.Path, action.Kind, action.Timeout);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(run.Token);
            var elapsed = Task.Delay(due - Now is { Ticks: > 0 } remaining ? remaining : TimeSpan.Zero, time, timeout.Token);
            var done = await Task.WhenAny(wait.Fired.Task, elapsed);
            await timeout.CancelAsync();
            run.Token.ThrowIfCancellationRequested();
            if (done == wait.Fired.Task)
                fired = await wait.Fired.Task;
        }
        finally
        {
            waits.Remove(wait);
            End(run);
        }

        if (fired is not null)
        {
            run.UpdateStep(index, s => s with { Status = AutomationStepStatus.Succeeded, Finished = Now, Message = "the wait ended: " + fired.Description });
            persist(run);
            return true;
        }

        var message = $"no trigger within {Durations.Text(action.Timeout)}";
        run.UpdateStep(index, s => s with { Status = AutomationStepStatus.TimedOut, Finished = Now, Message = message });
        persist(run);
        if (action.ContinueOnTimeout)
            return true;
        run.FailReason = $"the wait at {action.Path} timed out: {message}";
        return false;
    }

    // Starts (or, on resume, picks up) the step and writes what it waits for to automation_pending.
    private (int Index, DateTimeOffset Due, bool Resumed) Begin(AutomationRunContext run, string path, string kind, TimeSpan duration)
    {
        var now = Now;
        if (run.ResumePath == path && run.ResumeDue is { } resumeDue)
        {
            run.ResumePath = null;
            var found = run.FindRunningStep(path);
            return (found >= 0 ? found : run.AddStep(new AutomationRunStep(path, kind, AutomationStepStatus.Running, now, null)), resumeDue, true);
        }

        var due = now + duration;
        var index = run.AddStep(new AutomationRunStep(path, kind, AutomationStepStatus.Running, now, null));
        pending.Save(new PendingRunState(run.Id, kind, run.HomeId, run.AutomationId, run.Automation.Entry.Version, run.Id, path, due,
            run.Trigger.Index, run.TriggerId, run.Trigger, run.Lineage));
        persist(run);
        return (index, due, false);
    }

    // A hub that is stopping keeps the pending row: the next start resumes the run from it.
    private void End(AutomationRunContext run)
    {
        if (!stopping.IsCancellationRequested)
            pending.Delete(run.Id);
    }
}
