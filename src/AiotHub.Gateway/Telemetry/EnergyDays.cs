using AiotHub.Telemetry.Recorder;

namespace AiotHub.Gateway.Telemetry;

/// <summary>
/// Energy per local day from a cumulative kWh counter: the sum of the positive differences between
/// consecutive readings, each counted on the local day of the later one. A drop is a counter reset
/// (the plug restarted or was reset), not negative energy, and counts nothing.
/// </summary>
internal static class EnergyDays
{
    public const string Key = "power-consumption.power-consumption";

    /// <summary>The last <paramref name="days"/> local days up to and including today's, oldest first.</summary>
    public static IReadOnlyList<(DateOnly Date, double? Energy)> Compute(TelemetryRecorder recorder, string deviceId, int days, DateTimeOffset now, TimeZoneInfo zone)
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        var first = today.AddDays(1 - days);
        var from = StartOf(first, zone);
        // One bucket before the first day gives its first difference a baseline.
        var series = recorder.History(deviceId, Key, from.AddHours(-1), now.AddMilliseconds(1), TimeSpan.FromMinutes(5));
        var energy = new double?[days];
        double? previous = null;
        foreach (var point in series.Points)
        {
            if (point.Last is not { } value)
                continue;
            var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(point.Time, zone).DateTime).DayNumber - first.DayNumber;
            if (day >= 0)
            {
                var delta = previous is { } p && value > p ? value - p : 0;
                energy[day] = (energy[day] ?? 0) + delta;
            }

            previous = value;
        }

        return [.. energy.Select((e, i) => (first.AddDays(i), e is { } v ? Math.Round(v, 6) : (double?)null))];
    }

    private static DateTimeOffset StartOf(DateOnly date, TimeZoneInfo zone)
    {
        var local = date.ToDateTime(TimeOnly.MinValue);
        // A midnight skipped by a daylight-saving change starts the day an hour later.
        while (zone.IsInvalidTime(local))
            local = local.AddHours(1);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }
}
