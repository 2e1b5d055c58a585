using AiotHub.Automation.Automations.Triggers;
using AiotHub.Automation.Schedules;

namespace AiotHub.Automation.Automations.Engine;

/// <summary>
/// Drives time, schedule and sun triggers from the <see cref="TimeProvider"/> with one timer, armed
/// for the earliest next occurrence of any of them and re-armed after it fires and when the
/// catalog changes. Occurrences are computed in the home's zone, so a daily trigger keeps its wall
/// time across a DST change (a time that does not exist that day fires when the day reaches it).
/// </summary>
internal sealed class TriggerClock(TimeProvider time, HomeLocation location, Action<TriggerRef, DateTimeOffset> fire) : IDisposable
{
    private readonly Lock _sync = new();
    private List<(TriggerRef Reference, DateTimeOffset? Next)> _entries = [];
    private ITimer? _timer;
    private bool _disposed;

    /// <summary>The earliest next occurrence armed, for tests and diagnostics.</summary>
    public DateTimeOffset? NextDue { get; private set; }

    public void Reset(IReadOnlyList<TriggerRef> triggers)
    {
        var now = time.GetUtcNow();
        lock (_sync)
        {
            _entries = [.. triggers.Select(t => (t, Next(t.Trigger, now, location)))];
            ArmLocked(now);
        }
    }

    public static DateTimeOffset? Next(AutomationTrigger trigger, DateTimeOffset after, HomeLocation location) => trigger switch
    {
        TimeTrigger t => NextTime(t, after, location.Zone),
        ScheduleTrigger s => s.Schedule.NextOccurrence(after, location.Zone),
        SunTrigger s when location is { Latitude: { } lat, Longitude: { } lon } => SunCalculator.NextSunEvent(s.Event, s.Offset, after, lat, lon),
        _ => null,
    };

    public void Dispose()
    {
        lock (_sync)
        {
            _disposed = true;
            _timer?.Dispose();
            _timer = null;
        }
    }

    private static DateTimeOffset? NextTime(TimeTrigger trigger, DateTimeOffset after, TimeZoneInfo zone)
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(after, zone).DateTime);
        for (var d = -1; d <= 8; d++)
        {
            var day = today.AddDays(d);
            if (trigger.Weekdays is { } weekdays && !weekdays.Contains(day.DayOfWeek))
                continue;
            DateTimeOffset? best = null;
            foreach (var at in trigger.At)
            {
                var instant = CronSchedule.ToInstant(day.ToDateTime(at), zone);
                if (instant > after && (best is null || instant < best))
                    best = instant;
            }

            if (best is not null)
                return best;
        }

        return null;
    }

    private void OnTimer()
    {
        var now = time.GetUtcNow();
        var due = new List<(TriggerRef Reference, DateTimeOffset At)>();
        lock (_sync)
        {
            if (_disposed)
                return;
            for (var i = 0; i < _entries.Count; i++)
            {
                if (_entries[i].Next is { } next && next <= now)
                {
                    due.Add((_entries[i].Reference, next));
                    _entries[i] = (_entries[i].Reference, Next(_entries[i].Reference.Trigger, now, location));
                }
            }

            ArmLocked(now);
        }

        foreach (var (reference, at) in due.OrderBy(d => d.At))
            fire(reference, at);
    }

    private void ArmLocked(DateTimeOffset now)
    {
        if (_disposed)
            return;
        NextDue = _entries.Min(e => e.Next);
        if (NextDue is not { } next)
        {
            _timer?.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            return;
        }

        var delay = next - now;
        if (delay < TimeSpan.Zero)
            delay = TimeSpan.Zero;
        // Timers take at most ~49 days; a later occurrence is re-checked then.
        if (delay > TimeSpan.FromDays(40))
            delay = TimeSpan.FromDays(40);
        _timer ??= time.CreateTimer(_ => OnTimer(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        _timer.Change(delay, Timeout.InfiniteTimeSpan);
    }
}
