using System.Globalization;
using AiotHub.Core.Profiles;

namespace AiotHub.Gateway.Apis;

/// <summary>Reads the history query's from, to and step, naming the parameter in each problem.</summary>
internal static class HistoryQuery
{
    /// <summary>Answers have at most this many buckets; a smaller step over a longer range is refused.</summary>
    public const int MaxPoints = 10_000;

    public static DateTimeOffset? Time(string? text, string name, List<ProfileError> errors)
    {
        if (text is null)
            return null;
        // RFC 3339: a date, a time and an offset (Z or ±hh:mm).
        if (text.Length >= 20 && text[10] is 'T' or 't' && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            && (text.EndsWith('Z') || text.EndsWith('z') || text[^6] is '+' or '-'))
            return time;
        errors.Add(new ProfileError(name, $"'{text}' is not an RFC 3339 time (e.g. 2026-12-01T08:00:00Z)"));
        return null;
    }

    /// <summary>The longest step: a year (and a day, for leap years).</summary>
    public static readonly TimeSpan MaxStep = TimeSpan.FromDays(366);

    /// <summary>"30s", "5m", "1h", "1d": a whole number and a unit; at least one second, at most <see cref="MaxStep"/>.</summary>
    public static TimeSpan? Step(string? text, List<ProfileError> errors)
    {
        if (text is null)
            return null;
        if (text.Length >= 2 && int.TryParse(text.AsSpan(0, text.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0)
        {
            long? unitSeconds = text[^1] switch
            {
                's' => 1,
                'm' => 60,
                'h' => 3_600,
                'd' => 86_400,
                _ => null,
            };
            // Compared in seconds before a TimeSpan is made: 999999999d is past what a TimeSpan holds.
            if (unitSeconds is { } unit && n * unit <= (long)MaxStep.TotalSeconds)
                return TimeSpan.FromSeconds(n * unit);
        }

        errors.Add(new ProfileError("step", $"'{text}' is not a step: a whole number and s, m, h or d (e.g. 30s, 5m, 1h, 1d), at most a year"));
        return null;
    }

    /// <summary>The default start: a day before <paramref name="end"/>, or null (with the problem named at "to") when no day precedes it.</summary>
    public static DateTimeOffset? DayBefore(DateTimeOffset end, List<ProfileError> errors)
    {
        if (end.UtcTicks - DateTimeOffset.MinValue.UtcTicks >= TimeSpan.TicksPerDay)
            return end.AddDays(-1);
        errors.Add(new ProfileError("to", "must be at least a day after 0001-01-01 without from"));
        return null;
    }

    public static string Format(TimeSpan step) =>
        step.TotalDays >= 1 && step.Ticks % TimeSpan.TicksPerDay == 0 ? Invariant($"{(long)step.TotalDays}d")
        : step.Ticks % TimeSpan.TicksPerHour == 0 ? Invariant($"{(long)step.TotalHours}h")
        : step.Ticks % TimeSpan.TicksPerMinute == 0 ? Invariant($"{(long)step.TotalMinutes}m")
        : Invariant($"{(long)step.TotalSeconds}s");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
