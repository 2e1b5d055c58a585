using System.Globalization;

namespace AiotHub.Automation.Schedules;

/// <summary>
/// Parses cron expressions into bit masks once, so that <see cref="CronSchedule.NextOccurrence"/> only tests bits.
/// Errors name the field, the token and the reason, e.g. <c>hour field: "25" is out of range 0-23</c>.
/// </summary>
internal static class CronParser
{
    private const string FieldList = "minute hour day-of-month month day-of-week";

    public static bool TryParse(string expression, out CronMasks masks, out string? error)
    {
        masks = default;
        var text = expression.Trim();
        if (text.Length == 0)
        {
            error = "the expression is empty; expected 5 fields (" + FieldList + "), 6 with a leading seconds field, or a macro such as @daily";
            return false;
        }

        if (text[0] == '@')
        {
            var expanded = ExpandMacro(text);
            if (expanded is null)
            {
                error = $"unknown macro \"{text}\"; expected @yearly, @annually, @monthly, @weekly, @daily, @midnight or @hourly";
                return false;
            }

            text = expanded;
        }

        Span<Range> parts = stackalloc Range[8];
        var span = text.AsSpan();
        var count = span.SplitAny(parts, " \t", StringSplitOptions.RemoveEmptyEntries);
        if (count is not (5 or 6))
        {
            var got = count == 8 ? "more than 7" : count.ToString(CultureInfo.InvariantCulture);
            error = $"expected 5 fields ({FieldList}) or 6 with a leading seconds field, got {got}";
            return false;
        }

        var i = 0;
        ulong seconds = 1;
        if (count == 6 && !TryParseField(span[parts[i++]], CronField.Second, out seconds, out _, out _, out error))
        {
            return false;
        }

        if (!TryParseField(span[parts[i++]], CronField.Minute, out var minutes, out _, out _, out error)
            || !TryParseField(span[parts[i++]], CronField.Hour, out var hours, out _, out _, out error)
            || !TryParseField(span[parts[i++]], CronField.DayOfMonth, out var days, out var daysStar, out var lastDay, out error)
            || !TryParseField(span[parts[i++]], CronField.Month, out var months, out _, out _, out error)
            || !TryParseField(span[parts[i]], CronField.DayOfWeek, out var weekdays, out var weekdaysStar, out _, out error))
        {
            return false;
        }

        // 7 is Sunday too.
        if ((weekdays & (1UL << 7)) != 0)
        {
            weekdays = (weekdays | 1UL) & 0x7F;
        }

        masks = new CronMasks(seconds, minutes, (uint)hours, (uint)days, (ushort)months, (byte)weekdays, lastDay, daysStar, weekdaysStar);
        if ((daysStar || weekdaysStar) && !masks.SomeDayOfMonthExists())
        {
            error = $"day-of-month field: \"{span[parts[count - 3]]}\" never occurs in month field \"{span[parts[count - 2]]}\"";
            masks = default;
            return false;
        }

        error = null;
        return true;
    }

    private static string? ExpandMacro(string macro) => macro.ToUpperInvariant() switch
    {
        "@YEARLY" or "@ANNUALLY" => "0 0 1 1 *",
        "@MONTHLY" => "0 0 1 * *",
        "@WEEKLY" => "0 0 * * 0",
        "@DAILY" or "@MIDNIGHT" => "0 0 * * *",
        "@HOURLY" => "0 * * * *",
        _ => null,
    };

    /// <summary>
    /// One field: a comma-separated list of <c>*</c>, <c>n</c>, <c>a-b</c>, each optionally <c>/step</c>
    /// (<c>n/step</c> means n to the maximum), plus <c>L</c> in the day-of-month field.
    /// <paramref name="star"/> is true when the field begins with <c>*</c> or <c>?</c>: such a field does not take part in
    /// the day-of-month/day-of-week OR rule (the Vixie cron rule).
    /// </summary>
    private static bool TryParseField(ReadOnlySpan<char> field, CronField spec, out ulong mask, out bool star, out bool lastDay, out string? error)
    {
        mask = 0;
        lastDay = false;
        star = field[0] is '*' or '?';
        var whole = field;
        while (true)
        {
            var comma = field.IndexOf(',');
            var token = comma < 0 ? field : field[..comma];
            if (token.IsEmpty)
            {
                error = $"{spec.Name} field: empty list element in \"{whole}\"";
                return false;
            }

            if (spec == CronField.DayOfMonth && token.Length == 1 && (token[0] is 'L' or 'l'))
            {
                lastDay = true;
            }
            else if (!TryParseToken(token, spec, ref mask, out error))
            {
                return false;
            }

            if (comma < 0)
            {
                break;
            }

            field = field[(comma + 1)..];
        }

        error = null;
        return true;
    }

    private static bool TryParseToken(ReadOnlySpan<char> token, CronField spec, ref ulong mask, out string? error)
    {
        var step = 1;
        var body = token;
        var slash = token.IndexOf('/');
        if (slash >= 0)
        {
            body = token[..slash];
            var stepText = token[(slash + 1)..];
            if (!int.TryParse(stepText, NumberStyles.None, CultureInfo.InvariantCulture, out step) || step < 1 || step > spec.Max)
            {
                error = $"{spec.Name} field: \"{token}\" has step \"{stepText}\"; a step must be a number from 1 to {spec.Max}";
                return false;
            }
        }

        int low, high;
        if (body is "*" or "?")
        {
            (low, high) = (spec.Min, spec == CronField.DayOfWeek ? 6 : spec.Max);
        }
        else
        {
            var dash = body.IndexOf('-');
            var lowText = dash < 0 ? body : body[..dash];
            if (!TryParseValue(lowText, spec, token, out low, out error))
            {
                return false;
            }

            if (dash >= 0)
            {
                if (!TryParseValue(body[(dash + 1)..], spec, token, out high, out error))
                {
                    return false;
                }

                if (high < low)
                {
                    error = $"{spec.Name} field: \"{token}\" is a range whose start is after its end";
                    return false;
                }
            }
            else
            {
                // "n/step" runs from n to the field's maximum; plain "n" is just n.
                high = slash >= 0 ? spec.Max : low;
            }
        }

        for (var v = low; v <= high; v += step)
        {
            mask |= 1UL << v;
        }

        error = null;
        return true;
    }

    private static bool TryParseValue(ReadOnlySpan<char> text, CronField spec, ReadOnlySpan<char> token, out int value, out string? error)
    {
        error = null;
        if (text.IsEmpty)
        {
            value = 0;
            error = $"{spec.Name} field: \"{token}\" is missing a value";
            return false;
        }

        if (char.IsAsciiDigit(text[0]))
        {
            if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) || value < spec.Min || value > spec.Max)
            {
                value = 0;
                error = $"{spec.Name} field: \"{text}\" is out of range {spec.Min}-{spec.Max}";
                return false;
            }

            return true;
        }

        if (text.Equals("L", StringComparison.OrdinalIgnoreCase))
        {
            value = 0;
            error = $"{spec.Name} field: \"L\" is only allowed alone in the day-of-month field";
            return false;
        }

        if (spec.Names is { } names)
        {
            for (var i = 0; i < names.Length; i++)
            {
                if (text.Equals(names[i], StringComparison.OrdinalIgnoreCase))
                {
                    value = spec.FirstNameValue + i;
                    return true;
                }
            }

            value = 0;
            error = $"{spec.Name} field: \"{text}\" is not a number or a name ({string.Join(' ', names)})";
            return false;
        }

        value = 0;
        error = $"{spec.Name} field: \"{text}\" is not a number";
        return false;
    }
}
