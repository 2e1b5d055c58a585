namespace AiotHub.Automation.Automations.Engine;

/// <summary>
/// One automation's runs under its mode (single, restart, queued, parallel) and its rate limit and
/// loop guard. Not thread-safe: the engine calls it under its lock.
/// </summary>
internal sealed class RunModeGate
{
    private readonly List<AutomationRunContext> _active = [];
    private readonly Queue<(AutomationRunContext Run, TaskCompletionSource Turn)> _waiting = new();

    public RateLimiter Rate { get; } = new();

    public LoopGuard Loop { get; } = new();

    public IReadOnlyList<AutomationRunContext> Active => _active;

    public int Count => _active.Count + _waiting.Count;

    /// <summary>Whether a new run would be skipped by the mode (checked before the rate limit, so a skipped trigger does not use up the limit).</summary>
    public bool WouldSkip(AutomationMode mode, int max) => mode switch
    {
        AutomationMode.Single => _active.Count > 0,
        AutomationMode.Queued => _active.Count > 0 && _waiting.Count >= Math.Max(1, max),
        AutomationMode.Parallel => _active.Count >= Math.Max(1, max),
        _ => false,
    };

    /// <summary>
    /// Whether <paramref name="run"/> may start. With mode restart the runs in progress are returned in
    /// <paramref name="replaced"/> (the caller cancels them). A queued run's <paramref name="turn"/> completes when it may go.
    /// </summary>
    public GateDecision Admit(AutomationRunContext run, AutomationMode mode, int max, out IReadOnlyList<AutomationRunContext> replaced, out Task turn)
    {
        replaced = [];
        turn = Task.CompletedTask;
        switch (mode)
        {
            case AutomationMode.Single when _active.Count > 0:
                return GateDecision.Skip;
            case AutomationMode.Restart:
                replaced = [.. _active, .. _waiting.Select(w => w.Run)];
                _active.Clear();
                _waiting.Clear();
                break;
            case AutomationMode.Queued when _active.Count > 0:
                if (_waiting.Count >= Math.Max(1, max))
                    return GateDecision.Skip;
                var waiter = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                _waiting.Enqueue((run, waiter));
                turn = waiter.Task;
                return GateDecision.Queue;
            case AutomationMode.Parallel when _active.Count >= Math.Max(1, max):
                return GateDecision.Skip;
        }

        _active.Add(run);
        return GateDecision.Start;
    }

    /// <summary>A run the previous process left waiting, resumed whatever the mode (it was admitted then).</summary>
    public void Resume(AutomationRunContext run) => _active.Add(run);

    /// <summary>A run ended (or was cancelled): the next queued run, if any, may go.</summary>
    public void Leave(AutomationRunContext run)
    {
        if (!_active.Remove(run))
            return;
        if (_active.Count == 0 && _waiting.TryDequeue(out var next))
        {
            _active.Add(next.Run);
            next.Turn.TrySetResult();
        }
    }

    /// <summary>Every run in progress or queued, removed from the gate (for an edit, a delete or the hub stopping).</summary>
    public IReadOnlyList<AutomationRunContext> TakeAll()
    {
        var all = new List<AutomationRunContext>(_active);
        foreach (var (run, turn) in _waiting)
        {
            all.Add(run);
            turn.TrySetCanceled();
        }

        _active.Clear();
        _waiting.Clear();
        return all;
    }
}
