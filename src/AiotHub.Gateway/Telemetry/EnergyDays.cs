using AiotHub.Telemetry.Recorder;

namespace AiotHub.Gateway.Telemetry;

/// <summary>
/// Energy per local day from a cumulative kWh counter: the sum of the rises between consecutive
/// five-minute buckets (from raw readings while they are kept), each counted on the local day of the
/// later one. A drop is a counter reset (the plug restarted or was reset), not negative energy: it
/// counts only what the counter rose since.
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
                energy[day] = (energy[day] ?? 0) + Rise(previous, point.Min ?? value, value);

            previous = value;
        }

        return [.. energy.Select((e, i) => (first.AddDays(i), e is { } v ? Math.Round(v, 6) : (double?)null))];
    }

    /// <summary>
    /// What a bucket adds: its last reading less the previous bucket's. The first bucket has no previous one, and a
    /// bucket whose last reading is below the previous one saw a reset: both count the rise inside the bucket, from its
    /// lowest reading (the counter's first value, or its value just after the reset) to its last — so a plug that is
    /// new today, whose readings all fall in one five-minute bucket, still shows what it used.
    /// </summary>
    private static double Rise(double? previous, double lowest, double last) =>
        previous is { } p && last >= p ? last - p : Math.Max(0, last - lowest);

    private static DateTimeOffset StartOf(DateOnly date, TimeZoneInfo zone)
    {
        var local = date.ToDateTime(TimeOnly.MinValue);
        // A midnight skipped by a daylight-saving change starts the day an hour later.
        while (zone.IsInvalidTime(local))
            local = local.AddHours(1);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }
}
