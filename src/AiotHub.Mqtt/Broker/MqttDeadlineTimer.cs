namespace AiotHub.Mqtt.Broker;

/// <summary>
/// A one-shot timer for durations that come from the wire or the store and may be longer than a
/// <see cref="TimeProvider"/> timer accepts: <see cref="System.Threading.Timer"/> refuses a due time above
/// 0xFFFFFFFE ms (about 49.7 days), while a Session Expiry or Will Delay Interval may be 2^32−2 s (about
/// 136 years, MQTT 5.0 §3.1.2.11.2, §3.1.3.2.2). It waits in steps of at most <see cref="MaximumStep"/>,
/// measuring what is left from timestamps at each step, so a long duration is honoured, not cut short.
/// </summary>
internal sealed class MqttDeadlineTimer : IDisposable
{
    /// <summary>The longest due time <see cref="System.Threading.Timer"/> accepts (0xFFFFFFFE ms).</summary>
    public static readonly TimeSpan MaximumStep = TimeSpan.FromMilliseconds(uint.MaxValue - 1);

    private readonly TimeProvider _time;
    private readonly Action<object?> _callback;
    private readonly object? _state;
    private readonly long _started;
    private readonly TimeSpan _dueTime;
    private readonly Lock _sync = new();
    private readonly ITimer _timer;
    private bool _disposed;

    /// <param name="dueTime">Any length; negative counts as zero.</param>
    public MqttDeadlineTimer(TimeProvider time, TimeSpan dueTime, Action<object?> callback, object? state)
    {
        _time = time;
        _callback = callback;
        _state = state;
        _dueTime = dueTime < TimeSpan.Zero ? TimeSpan.Zero : dueTime;
        _started = time.GetTimestamp();
        _timer = time.CreateTimer(static s => ((MqttDeadlineTimer)s!).OnStep(), this, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        lock (_sync)
        {
            _timer.Change(Step(_dueTime), Timeout.InfiniteTimeSpan);
        }
    }

    /// <summary>A due time a timer accepts: at most <see cref="MaximumStep"/>.</summary>
    public static TimeSpan Step(TimeSpan remaining) => remaining > MaximumStep ? MaximumStep : remaining;

    public void Dispose()
    {
        lock (_sync)
        {
            _disposed = true;
            _timer.Dispose();
        }
    }

    private void OnStep()
    {
        lock (_sync)
        {
            if (_disposed)
            {
                return;
            }

            var remaining = _dueTime - _time.GetElapsedTime(_started);
            if (remaining > TimeSpan.Zero)
            {
                // A step ended (or the clock fired a little early): wait for what is left.
                _timer.Change(Step(remaining), Timeout.InfiniteTimeSpan);
                return;
            }

            _disposed = true;
        }

        _callback(_state);
    }
}
