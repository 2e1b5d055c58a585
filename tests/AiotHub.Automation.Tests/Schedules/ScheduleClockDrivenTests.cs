using AiotHub.Automation.Schedules;

namespace AiotHub.Automation.Tests.Schedules;

/// <summary>
/// How the engine is meant to use the schedules: ask for the next occurrence after the clock's now, arm a timer on the
/// clock for the difference, re-arm on firing. Driven by a manual clock through the week Berlin changes to summer time.
/// </summary>
public sealed class ScheduleClockDrivenTests
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    [Fact]
    public void CronTimerOnAManualClockFiresOncePerDayIncludingTheSkippedTime()
    {
        var clock = new ManualClock(new DateTimeOffset(2026, 3, 26, 12, 0, 0, TimeSpan.Zero));
        var schedule = CronSchedule.Parse("30 2 * * *");
        var fired = Run(clock, now => schedule.NextOccurrence(now, Berlin), days: 5);

        Assert.Equal(
            [
                new DateTimeOffset(2026, 3, 27, 1, 30, 0, TimeSpan.Zero),
                new DateTimeOffset(2026, 3, 28, 1, 30, 0, TimeSpan.Zero),
                // 02:30 does not exist on the 29th: it runs at 03:00 CEST.
                new DateTimeOffset(2026, 3, 29, 1, 0, 0, TimeSpan.Zero),
                new DateTimeOffset(2026, 3, 30, 0, 30, 0, TimeSpan.Zero),
                new DateTimeOffset(2026, 3, 31, 0, 30, 0, TimeSpan.Zero),
            ],
            fired);
    }

    [Fact]
    public void SunsetMinusThirtyMinutesTimerOnAManualClockFiresOncePerDayAtThatDaysSunset()
    {
        const double lat = 52.52, lon = 13.405;
        var clock = new ManualClock(new DateTimeOffset(2026, 3, 26, 12, 0, 0, TimeSpan.Zero));
        var offset = TimeSpan.FromMinutes(-30);
        var fired = Run(clock, now => SunCalculator.NextSunEvent(SunEventKind.Sunset, offset, now, lat, lon), days: 5);

        Assert.Equal(5, fired.Count);
        foreach (var at in fired)
        {
            var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, Berlin).DateTime);
            var sunset = SunCalculator.GetTimes(day, lat, lon).Sunset!.Value;
            // The clock moves in 30 s steps, so a timer due at a non-round second fires at the step after it.
            Assert.InRange(at - (sunset + offset), TimeSpan.Zero, TimeSpan.FromSeconds(29));
        }

        Assert.Equal(5, fired.Select(f => f.UtcDateTime.Date).Distinct().Count());
    }

    private static List<DateTimeOffset> Run(ManualClock clock, Func<DateTimeOffset, DateTimeOffset?> next, int days)
    {
        var fired = new List<DateTimeOffset>();
        ITimer? timer = null;
        void Arm()
        {
            var now = clock.GetUtcNow();
            var at = next(now)!.Value;
            timer = clock.CreateTimer(_ =>
            {
                fired.Add(clock.GetUtcNow());
                timer!.Dispose();
                Arm();
            }, null, at - now, Timeout.InfiniteTimeSpan);
        }

        Arm();
        for (var i = 0; i < days * 24 * 60 * 2; i++)
        {
            clock.Advance(TimeSpan.FromSeconds(30));
        }

        timer?.Dispose();
        return fired;
    }
}
