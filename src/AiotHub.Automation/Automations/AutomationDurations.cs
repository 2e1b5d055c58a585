using System.Globalization;
using System.Text;

namespace AiotHub.Automation.Automations;

/// <summary>
/// The text forms of docs/automations.md "Durations, times and weekdays": durations "500ms", "30s",
/// "5m", "2h", "1d" and combinations largest unit first ("1h30m"), with a leading "-" where an
/// offset may be negative; times of day "HH:mm" or "HH:mm:ss"; weekdays "mon" … "sun".
/// </summary>
public static class AutomationDurations
{
    /// <summary>The longest duration accepted (a year): beyond that a delay or "for" is a mistake, and the sums stay far from overflow.</summary>
    public static readonly TimeSpan Max = TimeSpan.FromDays(366);

    private static readonly (string Unit, TimeSpan Size)[] Units =
    [
        ("d", TimeSpan.FromDays(1)), ("h", TimeSpan.FromHours(1)), ("m", TimeSpan.FromMinutes(1)),
        ("s", TimeSpan.FromSeconds(1)), ("ms", TimeSpan.FromMilliseconds(1)),
    ];

    private static readonly string[] DayNames = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];

    public static bool TryParseDuration(string? text, bool allowNegative, out TimeSpan duration)
    {
        duration = TimeSpan.Zero;
        if (string.IsNullOrEmpty(text) || text.Length > 32)
            return false;
        var negative = text[0] == '-';
        if (negative && !allowNegative)
            return false;
        var i = negative ? 1 : 0;
        var lastUnit = -1;
        var total = TimeSpan.Zero;
        while (i < text.Length)
        {
            var start = i;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
                i++;
            if (i == start || i - start > 9)
                return false;
            var number = long.Parse(text.AsSpan(start, i - start), NumberStyles.None, CultureInfo.InvariantCulture);
            var unit = ReadUnit(text, ref i);
            if (unit <= lastUnit)
                return false;
            lastUnit = unit;
            total += Units[unit].Size * number;
            if (total > Max)
                return false;
        }

        if (lastUnit < 0)
            return false;
        duration = negative ? -total : total;
        return true;
    }

    /// <summary>The shortest text that reads back as <paramref name="duration"/> ("1h30m", "-30m", "0s").</summary>
    public static string Format(TimeSpan duration)
    {
        if (duration == TimeSpan.Zero)
            return "0s";
        var text = new StringBuilder(duration < TimeSpan.Zero ? "-" : "");
        var rest = duration.Duration();
        foreach (var (unit, size) in Units)
        {
            var count = rest.Ticks / size.Ticks;
            if (count == 0)
                continue;
            text.Append(count.ToString(CultureInfo.InvariantCulture)).Append(unit);
            rest -= size * count;
        }

        return text.ToString();
    }

    public static bool TryParseTime(string? text, out TimeOnly time)
    {
        time = default;
        if (text is not ({ Length: 5 } or { Length: 8 }) || text[2] != ':' || (text.Length == 8 && text[5] != ':'))
            return false;
        if (!TwoDigits(text, 0, out var hour) || !TwoDigits(text, 3, out var minute))
            return false;
        var second = 0;
        if (text.Length == 8 && !TwoDigits(text, 6, out second))
            return false;
        if (hour > 23 || minute > 59 || second > 59)
            return false;
        time = new TimeOnly(hour, minute, second);
        return true;
    }

    public static bool TryParseWeekday(string? text, out DayOfWeek day)
    {
        var index = Array.IndexOf(DayNames, text);
        day = (DayOfWeek)Math.Max(index, 0);
        return index >= 0;
    }

    private static int ReadUnit(string text, ref int i)
    {
        if (i >= text.Length)
            return -1;
        if (text[i] == 'm' && i + 1 < text.Length && text[i + 1] == 's')
        {
            i += 2;
            return 4;
        }

        var unit = text[i] switch { 'd' => 0, 'h' => 1, 'm' => 2, 's' => 3, _ => -1 };
        if (unit >= 0)
            i++;
        return unit;
    }

    private static bool TwoDigits(string text, int at, out int value)
    {
        value = 0;
        if (!char.IsAsciiDigit(text[at]) || !char.IsAsciiDigit(text[at + 1]))
            return false;
        value = ((text[at] - '0') * 10) + (text[at + 1] - '0');
        return true;
    }
}
