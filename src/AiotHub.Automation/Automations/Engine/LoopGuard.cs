namespace AiotHub.Automation.Automations.Engine;

/// <summary>
/// Loop protection for one automation (docs/automations.md "Runs"): a trigger caused by the
/// automation's own runs — directly, or through other automations — counts; more than the limit
/// within the window stops the automation until the window has passed since it was stopped. Not
/// thread-safe (the engine holds its lock).
/// </summary>
internal sealed class LoopGuard
{
    private readonly Queue<DateTimeOffset> _causal = new();

    public DateTimeOffset? HeldUntil { get; private set; }

    public LoopVerdict Check(bool causedBySelf, DateTimeOffset now, int limit, TimeSpan window)
    {
        if (HeldUntil is { } until)
        {
            if (now < until)
                return LoopVerdict.Held;
            HeldUntil = null;
            _causal.Clear();
        }

        if (!causedBySelf)
            return LoopVerdict.Allowed;
        while (_causal.TryPeek(out var oldest) && oldest <= now - window)
            _causal.Dequeue();
        _causal.Enqueue(now);
        if (_causal.Count <= limit)
            return LoopVerdict.Allowed;
        HeldUntil = now + window;
        return LoopVerdict.Stopped;
    }
}
