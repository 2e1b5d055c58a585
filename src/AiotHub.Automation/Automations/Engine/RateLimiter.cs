namespace AiotHub.Automation.Automations.Engine;

/// <summary>At most N runs start in any sliding window; not thread-safe (the engine holds its lock).</summary>
internal sealed class RateLimiter
{
    private readonly Queue<DateTimeOffset> _starts = new();

    /// <summary>Counts a start at <paramref name="now"/> and returns true, or false (counting nothing) when the window is full.</summary>
    public bool TryStart(AutomationRateLimit? limit, DateTimeOffset now)
    {
        if (!CanStart(limit, now))
            return false;
        if (limit is not null)
            _starts.Enqueue(now);
        return true;
    }

    /// <summary>Whether a start at <paramref name="now"/> fits the window, counting nothing.</summary>
    public bool CanStart(AutomationRateLimit? limit, DateTimeOffset now)
    {
        if (limit is null)
            return true;
        while (_starts.TryPeek(out var oldest) && oldest <= now - limit.Per)
            _starts.Dequeue();
        return _starts.Count < limit.Runs;
    }
}
