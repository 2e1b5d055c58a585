using AiotHub.Testing;

namespace AiotHub.Mqtt.Tests.Broker;

/// <summary>
/// A <see cref="ManualClock"/> whose timers refuse what the real ones refuse: <see cref="System.Threading.Timer"/>
/// throws for a due time or period above 0xFFFFFFFE ms (about 49.7 days) or below −1 ms, and so does this clock.
/// A test on the plain ManualClock would pass where production throws.
/// </summary>
internal sealed class StrictManualClock : TimeProvider
{
    private const long MaximumMilliseconds = uint.MaxValue - 1;
    private readonly ManualClock _clock = new();

    public override long TimestampFrequency => _clock.TimestampFrequency;

    public override DateTimeOffset GetUtcNow() => _clock.GetUtcNow();

    public override long GetTimestamp() => _clock.GetTimestamp();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        Check(dueTime, nameof(dueTime));
        Check(period, nameof(period));
        return new StrictTimer(_clock.CreateTimer(callback, state, dueTime, period));
    }

    /// <summary>Moves time forward and runs, on this thread, every timer that became due.</summary>
    public void Advance(TimeSpan by) => _clock.Advance(by);

    private static void Check(TimeSpan value, string name)
    {
        var milliseconds = (long)value.TotalMilliseconds;
        if (milliseconds is < -1 or > MaximumMilliseconds)
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be between -1 and {MaximumMilliseconds} ms, as for System.Threading.Timer.");
        }
    }

    private sealed class StrictTimer(ITimer inner) : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            Check(dueTime, nameof(dueTime));
            Check(period, nameof(period));
            return inner.Change(dueTime, period);
        }

        public void Dispose() => inner.Dispose();

        public ValueTask DisposeAsync() => inner.DisposeAsync();
    }
}
