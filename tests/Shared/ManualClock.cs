namespace AiotHub.Testing;

/// <summary>
/// A <see cref="TimeProvider"/> whose time, timestamps and timers move only on <see cref="Advance"/>,
/// so will delays, session expiry and message expiry are tested without sleeping.
/// </summary>
internal sealed class ManualClock : TimeProvider
{
    private readonly Lock _sync = new();
    private readonly List<Timer> _timers = [];
    private DateTimeOffset _now = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public ManualClock()
    {
    }

    public ManualClock(DateTimeOffset start) => _now = start;
    private long _ticks = 1;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override DateTimeOffset GetUtcNow()
    {
        lock (_sync)
        {
            return _now;
        }
    }

    public override long GetTimestamp()
    {
        lock (_sync)
        {
            return _ticks;
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new Timer(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    /// <summary>Moves time forward and runs, on this thread, every timer that became due.</summary>
    public void Advance(TimeSpan by)
    {
        var due = new List<Timer>();
        lock (_sync)
        {
            _now += by;
            _ticks += by.Ticks;
            foreach (var timer in _timers)
            {
                if (timer.DueTicks <= _ticks)
                {
                    due.Add(timer);
                    timer.DueTicks = timer.PeriodTicks > 0 ? _ticks + timer.PeriodTicks : long.MaxValue;
                }
            }
        }

        foreach (var timer in due)
        {
            timer.Fire();
        }
    }

    private sealed class Timer(ManualClock clock, TimerCallback callback, object? state) : ITimer
    {
        public long DueTicks { get; set; } = long.MaxValue;

        public long PeriodTicks { get; private set; }

        public void Fire() => callback(state);

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            lock (clock._sync)
            {
                DueTicks = dueTime == Timeout.InfiniteTimeSpan ? long.MaxValue : clock._ticks + dueTime.Ticks;
                PeriodTicks = period == Timeout.InfiniteTimeSpan ? 0 : period.Ticks;
                if (!clock._timers.Contains(this))
                {
                    clock._timers.Add(this);
                }
            }

            return true;
        }

        public void Dispose()
        {
            lock (clock._sync)
            {
                clock._timers.Remove(this);
            }
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
