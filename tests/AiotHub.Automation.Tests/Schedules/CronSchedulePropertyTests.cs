using System.Text;
using AiotHub.Automation.Schedules;
using FsCheck;
using FsCheck.Fluent;

namespace AiotHub.Automation.Tests.Schedules;

/// <summary>
/// Random expressions built from known value sets, checked minute by minute against an oracle that reasons per instant
/// (not per wall-clock time, as the implementation does): the next occurrence is after t, fires, and no firing instant
/// between t and it was skipped.
/// </summary>
public sealed class CronSchedulePropertyTests
{
    private const int WindowMinutes = 3 * 24 * 60;

    private static readonly string[] MonthNames = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];
    private static readonly string[] DayNames = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"];

    [Theory]
    [InlineData("UTC", "2026-06-15T00:00:00Z")]
    [InlineData("Asia/Kolkata", "2026-06-15T00:00:00Z")]
    [InlineData("Europe/Berlin", "2026-03-29T01:00:00Z")]
    [InlineData("Europe/Berlin", "2026-10-25T01:00:00Z")]
    [InlineData("America/New_York", "2026-03-08T07:00:00Z")]
    [InlineData("America/New_York", "2026-11-01T06:00:00Z")]
    public void NextOccurrenceIsLaterFiresAndSkipsNothing(string zoneId, string around)
    {
        var zone = zoneId == "UTC" ? TimeZoneInfo.Utc : TimeZoneInfo.FindSystemTimeZoneById(zoneId);
        var centre = CronScheduleNextOccurrenceTests.Instant(around);

        Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), seed =>
        {
            var random = new Random(seed);
            var spec = RandomSpec(random);
            // Start within two days either side of the transition, at a random second.
            var t = centre.AddSeconds(random.Next(-2 * 86400, 2 * 86400));
            if (!CronSchedule.TryParse(spec.Text, out var schedule, out var error))
            {
                // The only expressions the generator makes that are invalid: days that no chosen month has.
                Assert.Contains("never occurs", error, StringComparison.Ordinal);
                return;
            }

            var next = schedule.NextOccurrence(t, zone);

            Assert.True(next.HasValue, $"{spec.Text} never fires after {t:O}");
            Assert.True(next.Value > t, $"{spec.Text}: {next:O} is not after {t:O}");
            Assert.True(Fires(spec, next.Value, zone), $"{spec.Text}: {next:O} does not match");
            var minute = new DateTimeOffset(t.UtcTicks - (t.UtcTicks % TimeSpan.TicksPerMinute), TimeSpan.Zero).AddMinutes(1);
            for (var i = 0; i < WindowMinutes && minute < next.Value; i++, minute = minute.AddMinutes(1))
            {
                Assert.False(Fires(spec, minute, zone), $"{spec.Text}: {minute:O} fires but the next occurrence after {t:O} was {next:O}");
            }
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(150));
    }

    /// <summary>Does the schedule fire at this (whole-minute) instant? Reasoned from the instant and the zone's offsets.</summary>
    private static bool Fires(Spec spec, DateTimeOffset instant, TimeZoneInfo zone)
    {
        var offset = zone.GetUtcOffset(instant);
        // Unspecified, not Utc: IsAmbiguousTime converts a Utc-kind time to the zone first, which
        // would ask about the wrong wall time (and call the repeated hour's second pass a first one).
        var wall = DateTime.SpecifyKind(instant.UtcDateTime + offset, DateTimeKind.Unspecified);

        // Second pass of a repeated hour: the offset is smaller than it was an hour (the overlap) before.
        var secondPass = zone.IsAmbiguousTime(wall) && offset < zone.GetUtcOffset(instant.AddHours(-1));
        if (!secondPass && spec.Matches(wall))
        {
            return true;
        }

        // First instant after a gap: it also fires for every skipped wall time that matches.
        var before = zone.GetUtcOffset(instant.AddTicks(-1));
        for (var skipped = wall - (offset - before); skipped < wall; skipped = skipped.AddMinutes(1))
        {
            if (spec.Matches(skipped))
            {
                return true;
            }
        }

        return false;
    }

    private static Spec RandomSpec(Random random)
    {
        var text = new StringBuilder();
        var minutes = Field(random, text, 0, 59, null, 0.2);
        var hours = Field(random, text, 0, 23, null, 0.4);
        var daysStarred = random.NextDouble() < 0.6;
        var days = daysStarred ? Star(random, text, 1, 31) : Values(random, text, 1, 31, null);
        var months = Field(random, text, 1, 12, MonthNames, 0.85);
        var weekdaysStarred = random.NextDouble() < 0.6;
        var weekdays = weekdaysStarred ? Star(random, text, 0, 6) : Values(random, text, 0, 7, DayNames);
        if (weekdays.Contains(7))
        {
            weekdays.Add(0);
        }

        return new Spec(text.ToString().Trim(), minutes, hours, days, months, weekdays, daysStarred, weekdaysStarred);
    }

    private static HashSet<int> Field(Random random, StringBuilder text, int min, int max, string[]? names, double starChance) =>
        random.NextDouble() < starChance ? Star(random, text, min, max) : Values(random, text, min, max, names);

    /// <summary>"*" or "*/step".</summary>
    private static HashSet<int> Star(Random random, StringBuilder text, int min, int max)
    {
        var step = random.NextDouble() < 0.5 ? 1 : random.Next(2, 8);
        text.Append(step == 1 ? "* " : $"*/{step} ");
        return Enumerable.Range(min, max - min + 1).Where(v => (v - min) % step == 0).ToHashSet();
    }

    /// <summary>A list of one to three of: n, a-b, a-b/s (names sometimes in place of numbers).</summary>
    private static HashSet<int> Values(Random random, StringBuilder text, int min, int max, string[]? names)
    {
        var set = new HashSet<int>();
        var count = random.Next(1, 4);
        for (var i = 0; i < count; i++)
        {
            if (i > 0)
            {
                text.Append(',');
            }

            var a = random.Next(min, max + 1);
            switch (random.Next(3))
            {
                case 0:
                    text.Append(Name(random, a, min, names));
                    set.Add(a);
                    break;
                case 1:
                    var b = random.Next(a, max + 1);
                    text.Append(Name(random, a, min, names)).Append('-').Append(Name(random, b, min, names));
                    set.UnionWith(Enumerable.Range(a, b - a + 1));
                    break;
                default:
                    var end = random.Next(a, max + 1);
                    var step = random.Next(1, Math.Min(10, max + 1));
                    text.Append(a).Append('-').Append(end).Append('/').Append(step);
                    for (var v = a; v <= end; v += step)
                    {
                        set.Add(v);
                    }

                    break;
            }
        }

        text.Append(' ');
        return set;
    }

    private static string Name(Random random, int value, int min, string[]? names) =>
        names is not null && value - min < names.Length && random.Next(2) == 0 ? names[value - min] : value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private sealed record Spec(
        string Text,
        HashSet<int> Minutes,
        HashSet<int> Hours,
        HashSet<int> Days,
        HashSet<int> Months,
        HashSet<int> Weekdays,
        bool DaysStarred,
        bool WeekdaysStarred)
    {
        public bool Matches(DateTime wall)
        {
            if (wall.Second != 0 || !Minutes.Contains(wall.Minute) || !Hours.Contains(wall.Hour) || !Months.Contains(wall.Month))
            {
                return false;
            }

            var day = Days.Contains(wall.Day);
            var weekday = Weekdays.Contains((int)wall.DayOfWeek);
            return DaysStarred || WeekdaysStarred ? day && weekday : day || weekday;
        }
    }
}
