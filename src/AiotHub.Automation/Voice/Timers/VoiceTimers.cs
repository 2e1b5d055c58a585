using System.Security.Cryptography;

namespace AiotHub.Automation.Voice.Timers;

/// <summary>
/// Spoken timers: the engine hands over an understood action and a delay; the timer is committed to hub.db
/// (<see cref="VoiceTimerStore"/>) before the assistant answers, and carried out when due through the callback given to
/// <see cref="Start"/> (the voice engine's <c>Execute</c>). It survives a restart: one due while the hub was down runs at
/// once if it is late by at most <see cref="VoiceTimersOptions.ResumeGrace"/>, else it is dropped and reported. A timer is
/// removed after it ran, so a crash in between runs it once more at the next start (at least once; a relative step may
/// then be taken twice).
/// </summary>
public sealed class VoiceTimers : IVoiceTimers, IDisposable
{
    private readonly Lock _sync = new();
    private readonly VoiceTimerStore? _store;
    private readonly TimeProvider _time;
    private readonly VoiceTimersOptions _options;
    private readonly List<VoiceTimer> _pending = [];
    private Action<VoiceTimer>? _fire;
    private ITimer? _timer;
    private bool _disposed;
    private long _failures;

    public VoiceTimers(VoiceTimerStore? store = null, TimeProvider? timeProvider = null, VoiceTimersOptions? options = null)
    {
        _store = store;
        _time = timeProvider ?? TimeProvider.System;
        _options = options ?? new VoiceTimersOptions();
    }

    /// <summary>
    /// Loads the stored timers and starts carrying them out through <paramref name="fire"/>. Returns the timers dropped
    /// because they came due too long ago and the ids of rows this hub could not read (both removed from the store).
    /// </summary>
    public (IReadOnlyList<VoiceTimer> Late, IReadOnlyList<string> Unreadable) Start(Action<VoiceTimer> fire)
    {
        ArgumentNullException.ThrowIfNull(fire);
        var late = new List<VoiceTimer>();
        IReadOnlyList<string> unreadable = [];
        lock (_sync)
        {
            _fire = fire;
            var now = _time.GetUtcNow();
            foreach (var timer in _store?.Load(out unreadable) ?? [])
            {
                if (now - timer.Due > _options.ResumeGrace)
                    late.Add(timer);
                else
                    _pending.Add(timer);
            }

            foreach (var id in unreadable)
                _store?.Delete(id);
            foreach (var timer in late)
                _store?.Delete(timer.Id);
            _timer = _time.CreateTimer(_ => RunDue(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            Arm();
        }

        return (late, unreadable);
    }

    /// <summary>
    /// Keeps <paramref name="action"/> to carry out after <paramref name="delay"/> (at least one second). Null when the
    /// delay is more than <see cref="VoiceTimersOptions.MaxDelay"/> or the home already has its maximum of pending
    /// timers: the assistant then says it cannot, rather than doing it at another time than the one said.
    /// </summary>
    public VoiceTimer? Schedule(string homeId, TimeSpan delay, VoiceResult action, string source, string? startedBy)
    {
        ArgumentException.ThrowIfNullOrEmpty(homeId);
        ArgumentNullException.ThrowIfNull(action);
        ArgumentException.ThrowIfNullOrEmpty(source);
        if (delay > _options.MaxDelay)
            return null;
        var clamped = delay < TimeSpan.FromSeconds(1) ? TimeSpan.FromSeconds(1) : delay;
        lock (_sync)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_pending.Count(t => t.HomeId == homeId) >= _options.MaxPerHome)
                return null;
            var now = _time.GetUtcNow();
            var timer = new VoiceTimer("vt-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6)), homeId, now, now + clamped,
                source, startedBy, action with { Answer = "", CommandIds = [], RunIds = [] });
            _store?.Save(timer);
            _pending.Add(timer);
            Arm();
            return timer;
        }
    }

    string? IVoiceTimers.Schedule(string homeId, TimeSpan delay, VoiceResult action, string source, string? startedBy) =>
        Schedule(homeId, delay, action, source, startedBy)?.Id;

    /// <summary>Timers whose callback threw (it logs why).</summary>
    public long Failures => Interlocked.Read(ref _failures);

    /// <summary>The home's pending timers, soonest first.</summary>
    public IReadOnlyList<VoiceTimer> List(string homeId)
    {
        lock (_sync)
            return [.. _pending.Where(t => t.HomeId == homeId).OrderBy(t => t.Due).ThenBy(t => t.Id, StringComparer.Ordinal)];
    }

    /// <summary>Cancels a pending timer of the home; false when there is none with that id.</summary>
    public bool Cancel(string homeId, string id)
    {
        lock (_sync)
        {
            var index = _pending.FindIndex(t => t.HomeId == homeId && t.Id == id);
            if (index < 0)
                return false;
            _store?.Delete(id);
            _pending.RemoveAt(index);
            Arm();
            return true;
        }
    }

    private void RunDue()
    {
        List<VoiceTimer> due;
        Action<VoiceTimer>? fire;
        lock (_sync)
        {
            if (_disposed)
                return;
            var now = _time.GetUtcNow();
            due = [.. _pending.Where(t => t.Due <= now).OrderBy(t => t.Due)];
            fire = _fire;
        }

        foreach (var timer in due)
        {
            lock (_sync)
            {
                // Cancelled while the others ran.
                if (!_pending.Contains(timer))
                    continue;
            }

            try
            {
                fire?.Invoke(timer);
            }
            catch (Exception) when (!_disposed)
            {
                // The callback reports its own failures; one timer's must not stop the others (or the process).
                Interlocked.Increment(ref _failures);
            }
            finally
            {
                lock (_sync)
                {
                    if (_pending.Remove(timer) && !_disposed)
                        _store?.Delete(timer.Id);
                }
            }
        }

        lock (_sync)
            Arm();
    }

    /// <summary>Sets the timer for the soonest pending one (under <see cref="_sync"/>).</summary>
    private void Arm()
    {
        if (_timer is null || _disposed)
            return;
        if (_pending.Count == 0)
        {
            _timer.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            return;
        }

        var wait = _pending.Min(t => t.Due) - _time.GetUtcNow();
        _timer.Change(wait < TimeSpan.Zero ? TimeSpan.Zero : wait, Timeout.InfiniteTimeSpan);
    }

    public void Dispose()
    {
        lock (_sync)
        {
            _disposed = true;
            _timer?.Dispose();
            _timer = null;
        }
    }
}
