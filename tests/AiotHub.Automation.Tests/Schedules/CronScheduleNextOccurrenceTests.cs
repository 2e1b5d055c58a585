using System.Globalization;
using AiotHub.Automation.Schedules;

namespace AiotHub.Automation.Tests.Schedules;

/// <summary>Next occurrences worked out by hand from a calendar; 2026-12-01 is a Tuesday.</summary>
public sealed class CronScheduleNextOccurrenceTests
{
    private const string After = "2026-12-01T10:17:30Z";

    public static TheoryData<string, string> Expectations => new()
    {
        { "* * * * *", "2026-12-01T10:18:00Z" },
        { "*/15 * * * *", "2026-12-01T10:30:00Z" },
        { "0 * * * *", "2026-12-01T11:00:00Z" },
        { "@hourly", "2026-12-01T11:00:00Z" },
        { "15 10 * * *", "2026-12-02T10:15:00Z" },
        { "0 0 * * *", "2026-12-02T00:00:00Z" },
        { "0 9-17/2 * * MON-FRI", "2026-12-01T11:00:00Z" },
        { "0 9 * * MON-FRI", "2026-12-02T09:00:00Z" },
        { "0 9 * * SAT,SUN", "2026-12-05T09:00:00Z" },
        { "0 12 * * 7", "2026-12-06T12:00:00Z" },
        { "@weekly", "2026-12-06T00:00:00Z" },
        { "0 0 13 * *", "2026-12-13T00:00:00Z" },
        { "0 0 * * FRI", "2026-12-04T00:00:00Z" },
        // Both day fields restricted: the 13th OR any Friday.
        { "0 0 13 * FRI", "2026-12-04T00:00:00Z" },
        { "0 0 1 1 MON", "2027-01-01T00:00:00Z" },
        // A stepped day-of-month is still "restricted" only if it does not start with '*': */10 with weekdays * is days 1,11,21,31.
        { "0 0 */10 * *", "2026-12-11T00:00:00Z" },
        { "0 0 31 * *", "2026-12-31T00:00:00Z" },
        { "0 0 L * *", "2026-12-31T00:00:00Z" },
        { "0 0 L 2 *", "2027-02-28T00:00:00Z" },
        { "0 0 29 2 *", "2028-02-29T00:00:00Z" },
        { "59 23 31 12 *", "2026-12-31T23:59:00Z" },
        { "0 0 1 * *", "2027-01-01T00:00:00Z" },
        { "@yearly", "2027-01-01T00:00:00Z" },
        { "0 6 * JAN-MAR *", "2027-01-01T06:00:00Z" },
        { "5/20 * * * *", "2026-12-01T10:25:00Z" },
        { "*/20 * * * * *", "2026-12-01T10:17:40Z" },
        // Exactly at `after` does not count: strictly later.
        { "30 17 10 * * *", "2026-12-02T10:17:30Z" },
        { "0 0 0 1 1 *", "2027-01-01T00:00:00Z" },
    };

    [Theory]
    [MemberData(nameof(Expectations))]
    public void NextOccurrenceIsTheHandCheckedInstant(string expression, string expected)
    {
        var schedule = CronSchedule.Parse(expression);

        var next = schedule.NextOccurrence(Instant(After), TimeZoneInfo.Utc);

        Assert.Equal(Instant(expected), next);
    }

    [Fact]
    public void FractionalSecondsRoundUpToTheNextMatchingSecond()
    {
        var next = CronSchedule.Parse("* * * * *").NextOccurrence(Instant("2026-12-01T10:17:59.5Z"), TimeZoneInfo.Utc);

        Assert.Equal(Instant("2026-12-01T10:18:00Z"), next);
    }

    [Fact]
    public void NextOccurrenceIsInTheZonesWallClockAndCarriesItsOffset()
    {
        var shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

        var next = CronSchedule.Parse("0 8 * * *").NextOccurrence(Instant(After), shanghai);

        Assert.NotNull(next);
        Assert.Equal(Instant("2026-12-02T00:00:00Z"), next);
        Assert.Equal(TimeSpan.FromHours(8), next.Value.Offset);
    }

    [Fact]
    public void ConsecutiveOccurrencesWalkThroughAListInOrder()
    {
        var schedule = CronSchedule.Parse("0,20,40 9 * * *");
        var at = Instant(After);
        var seen = new List<DateTimeOffset>();
        for (var i = 0; i < 4; i++)
        {
            at = schedule.NextOccurrence(at, TimeZoneInfo.Utc)!.Value;
            seen.Add(at);
        }

        Assert.Equal(
            [Instant("2026-12-02T09:00:00Z"), Instant("2026-12-02T09:20:00Z"), Instant("2026-12-02T09:40:00Z"), Instant("2026-12-03T09:00:00Z")],
            seen);
    }

    [Fact]
    public void ReturnsNullRatherThanRunningPastTheEndOfTheCalendar()
    {
        var next = CronSchedule.Parse("0 0 29 2 *").NextOccurrence(new DateTimeOffset(9999, 3, 1, 0, 0, 0, TimeSpan.Zero), TimeZoneInfo.Utc);

        Assert.Null(next);
    }

    internal static DateTimeOffset Instant(string text) =>
        DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
}
