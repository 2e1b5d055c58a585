using System.Diagnostics.CodeAnalysis;

namespace AiotHub.Automation.Schedules;

/// <summary>
/// A recurring schedule written as a cron expression, evaluated in a time zone.
/// </summary>
/// <remarks>
/// <para>Dialect: 5 fields <c>minute hour day-of-month month day-of-week</c>, or 6 with a leading <c>second</c> field;
/// each field is <c>*</c> or a comma list of <c>n</c>, <c>a-b</c>, <c>*/s</c>, <c>a-b/s</c>, <c>n/s</c> (n to the maximum).
/// Months and weekdays take English three-letter names (JAN, MON, case-insensitive); weekday 0 and 7 are Sunday;
/// <c>L</c> in the day-of-month field is the month's last day. When both day fields are restricted (neither starts with
/// <c>*</c>) a day matches if either matches; otherwise it must match both (so <c>*/10</c> is days 1, 11, 21, 31), as in Vixie cron. Macros: <c>@yearly @annually @monthly @weekly @daily
/// @midnight @hourly</c>.</para>
/// <para>Daylight saving: a wall-clock time skipped by a spring-forward gap runs once, at the first instant after the
/// gap (02:30 in Berlin on the last Sunday of March runs at 03:00 CEST); a wall-clock time repeated by a fall-back
/// overlap runs once, in its first (daylight-time) pass.</para>
/// </remarks>
public sealed class CronSchedule
{
    private readonly CronMasks _masks;

    private CronSchedule(string expression, CronMasks masks)
    {
        Expression = expression;
        _masks = masks;
    }

    /// <summary>The expression as written.</summary>
    public string Expression { get; }

    /// <summary>Parses <paramref name="expression"/>; on failure <paramref name="error"/> names the field, the token and why.</summary>
    public static bool TryParse(string expression, [NotNullWhen(true)] out CronSchedule? schedule, [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(expression);
        if (CronParser.TryParse(expression, out var masks, out error))
        {
            schedule = new CronSchedule(expression.Trim(), masks);
            return true;
        }

        schedule = null;
        error ??= "invalid expression";
        return false;
    }

    /// <summary>Parses <paramref name="expression"/> or throws <see cref="FormatException"/> with the precise reason.</summary>
    public static CronSchedule Parse(string expression) =>
        TryParse(expression, out var schedule, out var error) ? schedule : throw new FormatException($"Invalid cron expression \"{expression}\": {error}");

    /// <summary>
    /// The first instant strictly after <paramref name="after"/> at which the schedule fires in <paramref name="zone"/>,
    /// with <paramref name="zone"/>'s offset at that instant. Null only when nothing matches within 36 years, which
    /// happens near <see cref="DateTime.MaxValue"/>: the parser rejects day/month combinations that never occur.
    /// </summary>
    public DateTimeOffset? NextOccurrence(DateTimeOffset after, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);

        // Wall-clock → instant is non-decreasing (gap times map to the gap's end, repeated times to the first pass),
        // so no wall time before after's own can map past it; later ones that map back (second pass) are skipped.
        var wall = TimeZoneInfo.ConvertTime(after, zone).DateTime;
        while (_masks.NextAfter(wall) is { } candidate)
        {
            var instant = ToInstant(candidate, zone);
            if (instant > after)
            {
                return instant;
            }

            wall = candidate;
        }

        return null;
    }

    /// <summary>The shortest time between two firings (at least; see <see cref="CronMasks.ShortestInterval"/>): what the schedule-frequency limit compares.</summary>
    public TimeSpan ShortestInterval => _masks.ShortestInterval();

    public override string ToString() => Expression;

    /// <summary>Maps a wall-clock time to an instant: gap times to the first valid instant after the gap, repeated times to their first pass.</summary>
    internal static DateTimeOffset ToInstant(DateTime wall, TimeZoneInfo zone)
    {
        if (zone.IsInvalidTime(wall))
        {
            // Gaps start and end on whole minutes in tzdata; walking minutes finds the end (usually 60 steps, rare).
            var end = new DateTime(wall.Ticks - (wall.Ticks % TimeSpan.TicksPerMinute), DateTimeKind.Unspecified);
            do
            {
                end = end.AddMinutes(1);
            }
            while (zone.IsInvalidTime(end));

            return new DateTimeOffset(end, zone.GetUtcOffset(end));
        }

        if (zone.IsAmbiguousTime(wall))
        {
            var offsets = zone.GetAmbiguousTimeOffsets(wall);
            var first = offsets[0];
            foreach (var o in offsets)
            {
                // The larger offset is the earlier instant: the pass before the clocks went back.
                if (o > first)
                {
                    first = o;
                }
            }

            return new DateTimeOffset(wall, first);
        }

        return new DateTimeOffset(wall, zone.GetUtcOffset(wall));
    }
}
