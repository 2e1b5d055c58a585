using System.Numerics;

namespace AiotHub.Automation.Schedules;

/// <summary>
/// A parsed cron expression as one bit per allowed value, and the calendar search over them.
/// Works on wall-clock <see cref="DateTime"/> values; <see cref="CronSchedule"/> maps them to instants in a zone.
/// </summary>
internal readonly record struct CronMasks(
    ulong Seconds,
    ulong Minutes,
    uint Hours,
    uint Days,
    ushort Months,
    byte Weekdays,
    bool LastDayOfMonth,
    bool DaysStar,
    bool WeekdaysStar)
{
    /// <summary>
    /// How far ahead to look before concluding "never": the Gregorian weekday cycle repeats every 28 years between
    /// century gaps, so any day of month that exists (checked at parse time), even Feb 29 on a given weekday, recurs
    /// within 28 + 8 years.
    /// </summary>
    private const int SearchYears = 36;

    private const byte AllWeekdays = 0x7F;

    public bool DayMatches(int year, int month, int day)
    {
        var dayOfMonth = (Days & (1u << day)) != 0 || (LastDayOfMonth && day == DateTime.DaysInMonth(year, month));
        var weekday = Weekdays == AllWeekdays || (Weekdays & (1 << (int)new DateTime(year, month, day).DayOfWeek)) != 0;

        // Vixie cron: when either day field starts with '*' both must match (so "*/10" still filters days);
        // when both are restricted, either may match (POSIX crontab).
        return DaysStar || WeekdaysStar ? dayOfMonth && weekday : dayOfMonth || weekday;
    }

    /// <summary>True when some month in the month field has one of the days in the day-of-month field (Feb has 29).</summary>
    public bool SomeDayOfMonthExists()
    {
        if (LastDayOfMonth)
        {
            return true;
        }

        ReadOnlySpan<int> longest = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
        for (var m = 1; m <= 12; m++)
        {
            if ((Months & (1 << m)) != 0 && (Days & ((2u << longest[m - 1]) - 1)) != 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first wall-clock second strictly after <paramref name="start"/> that matches, or null within the search horizon.</summary>
    public DateTime? NextAfter(DateTime start)
    {
        var t = new DateTime(start.Ticks - (start.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Unspecified);
        if (t >= DateTime.MaxValue.AddYears(-SearchYears - 1))
        {
            return null;
        }

        t = t.AddSeconds(1);
        int year = t.Year, month = t.Month, day = t.Day, hour = t.Hour, minute = t.Minute, second = t.Second;
        var lastYear = year + SearchYears;
        while (year <= lastYear)
        {
            var m = NextBit(Months, month);
            if (m < 0 || m > 12)
            {
                (year, month, day, hour, minute, second) = (year + 1, 1, 1, 0, 0, 0);
                continue;
            }

            if (m != month)
            {
                (month, day, hour, minute, second) = (m, 1, 0, 0, 0);
            }

            if (day > DateTime.DaysInMonth(year, month))
            {
                (month, day, hour, minute, second) = (month + 1, 1, 0, 0, 0);
                continue;
            }

            if (!DayMatches(year, month, day))
            {
                (day, hour, minute, second) = (day + 1, 0, 0, 0);
                continue;
            }

            var h = NextBit(Hours, hour);
            if (h < 0)
            {
                (day, hour, minute, second) = (day + 1, 0, 0, 0);
                continue;
            }

            if (h != hour)
            {
                (hour, minute, second) = (h, 0, 0);
            }

            var min = NextBit(Minutes, minute);
            if (min < 0)
            {
                (hour, minute, second) = (hour + 1, 0, 0);
                if (hour > 23)
                {
                    (day, hour) = (day + 1, 0);
                }

                continue;
            }

            if (min != minute)
            {
                (minute, second) = (min, 0);
            }

            var s = NextBit(Seconds, second);
            if (s < 0)
            {
                (minute, second) = (minute + 1, 0);
                if (minute > 59)
                {
                    (hour, minute) = (hour + 1, 0);
                    if (hour > 23)
                    {
                        (day, hour) = (day + 1, 0);
                    }
                }

                continue;
            }

            return new DateTime(year, month, day, hour, minute, s, DateTimeKind.Unspecified);
        }

        return null;
    }

    /// <summary>
    /// The shortest time between two firings, from the time-of-day fields alone: every day that matches fires at the
    /// same times of day, so the gaps are those within a day and, across midnight, from a day's last time to the next
    /// day's first — counted as if the next day always matched, which can only make the answer shorter, never longer.
    /// Daylight saving only merges firings (a skipped or repeated time runs once), so it cannot make them closer.
    /// </summary>
    public TimeSpan ShortestInterval()
    {
        var (hourGap, _) = Gaps(Hours, 24, wrap: true);
        var (minuteGap, minuteSpan) = Gaps(Minutes, 60, wrap: false);
        var (secondGap, secondSpan) = Gaps(Seconds, 60, wrap: false);
        var minutes = Math.Min(minuteGap, hourGap * 60 - minuteSpan);
        return TimeSpan.FromSeconds(Math.Min(secondGap, minutes * 60 - secondSpan));
    }

    /// <summary>The smallest distance between consecutive set bits (with <paramref name="wrap"/>, from the last round to the first), and last − first.</summary>
    private static (long Gap, long Span) Gaps(ulong mask, int period, bool wrap)
    {
        long gap = long.MaxValue / 4, first = -1, previous = -1;
        for (var bit = 0; bit < period; bit++)
        {
            if ((mask & (1UL << bit)) == 0)
                continue;
            if (previous >= 0)
                gap = Math.Min(gap, bit - previous);
            else
                first = bit;
            previous = bit;
        }

        if (wrap && first >= 0)
            gap = Math.Min(gap, period - previous + first);
        return (gap, Math.Max(0, previous - first));
    }

    /// <summary>The lowest set bit at or above <paramref name="from"/>, or -1.</summary>
    private static int NextBit(ulong mask, int from)
    {
        if (from > 63)
        {
            return -1;
        }

        var rest = mask >> from << from;
        return rest == 0 ? -1 : BitOperations.TrailingZeroCount(rest);
    }
}
