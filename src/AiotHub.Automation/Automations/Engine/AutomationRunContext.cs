using AiotHub.Automation.Traces;

namespace AiotHub.Automation.Automations.Engine;

/// <summary>
/// One run in progress: what started it, the conditions and steps recorded so far, how it is being
/// stopped, and where to resume when it continues a run of the previous process. Its trace is
/// <see cref="Snapshot"/>; steps are added and updated from the run's own flow only.
/// </summary>
internal sealed class AutomationRunContext : IDisposable
{
    private readonly Lock _sync = new();
    private readonly List<AutomationRunStep> _steps;
    private readonly CancellationTokenSource _cancel;

    public AutomationRunContext(
        string id, RunnableAutomation automation, AutomationRunTrigger trigger, string? triggerId, string[] lineage, DateTimeOffset started,
        CancellationToken stopping, IReadOnlyList<AutomationRunStep>? steps = null)
    {
        Id = id;
        Automation = automation;
        Trigger = trigger;
        TriggerId = triggerId;
        Lineage = lineage.Contains(automation.Entry.Id, StringComparer.Ordinal) ? lineage : [.. lineage, automation.Entry.Id];
        Started = started;
        _steps = [.. steps ?? []];
        _cancel = CancellationTokenSource.CreateLinkedTokenSource(stopping);
    }

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
            CancelReason ??= reason;
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

    public int AddStep(AutomationRunStep step)
    {
        lock (_sync)
        {
            _steps.Add(step);
            return _steps.Count - 1;
        }
    }

    public void UpdateStep(int index, Func<AutomationRunStep, AutomationRunStep> change)
    {
        lock (_sync)
            _steps[index] = change(_steps[index]);
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
            return new AutomationRun(Id, HomeId, AutomationId, Automation.Definition.Name, result, reason, Started, finished, Trigger, conditions, [.. _steps]);
        }
    }

    public void Dispose() => _cancel.Dispose();
}
