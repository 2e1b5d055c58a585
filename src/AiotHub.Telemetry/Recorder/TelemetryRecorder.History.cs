namespace AiotHub.Telemetry.Recorder;

public sealed partial class TelemetryRecorder
{
    /// <summary>About this many points make a phone-width chart; the automatic step aims at no more.</summary>
    public const int TargetPoints = 720;

    private static readonly TimeSpan[] NiceSteps =
    [
        TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(15),
        TimeSpan.FromMinutes(30), TimeSpan.FromHours(1), TimeSpan.FromHours(3), TimeSpan.FromHours(6), TimeSpan.FromHours(12), TimeSpan.FromDays(1),
        TimeSpan.FromDays(7),
    ];

    /// <summary>
    /// A property's history over [from, to). Without <paramref name="step"/> the step is chosen so
    /// the answer has at most about <see cref="TargetPoints"/> points: raw samples when the range is
    /// short enough (span / 720 ≤ 5 s), otherwise the smallest of 10 s, 30 s, 1 min, 5 min, … 1 day, 7 days
    /// that fits. Buckets are computed from the finest data that still covers <paramref name="from"/>
    /// and whose width divides the step: raw samples, then 5-minute, then hourly aggregates. Buckets
    /// are aligned to multiples of the step since the Unix epoch (UTC).
    /// </summary>
    public HistorySeries History(string deviceId, string key, DateTimeOffset from, DateTimeOffset to, TimeSpan? step = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(to, from);
        if (step is { } s && s < TimeSpan.FromSeconds(1))
            throw new ArgumentOutOfRangeException(nameof(step), "the step is at least one second");
        Flush();
        var span = to - from;
        var chosen = step ?? (span / TargetPoints <= TimeSpan.FromSeconds(5) ? null : NiceSteps.FirstOrDefault(n => n >= span / TargetPoints, NiceSteps[^1]));
        var fromMs = from.ToUnixTimeMilliseconds();
        var toMs = to.ToUnixTimeMilliseconds();
        lock (_dbLock)
        {
            if (!_series.TryGetValue((deviceId, key), out var id))
                return new HistorySeries(deviceId, key, from, to, chosen is null ? HistoryResolution.Raw : HistoryResolution.RawBuckets, chosen, []);
            var now = _time.GetUtcNow().ToUnixTimeMilliseconds();
            var rawCovers = fromMs >= now - (long)_options.RawRetention.TotalMilliseconds;
            var fiveCovers = fromMs >= now - (long)_options.FiveMinuteRetention.TotalMilliseconds;
            if (chosen is null && rawCovers)
                return new HistorySeries(deviceId, key, from, to, HistoryResolution.Raw, null, RawPoints(id, fromMs, toMs));

            var stepMs = (long)(chosen ?? TimeSpan.FromMinutes(5)).TotalMilliseconds;
            var resolution = rawCovers && (stepMs < FiveMinutesMs || stepMs % FiveMinutesMs != 0) ? HistoryResolution.RawBuckets
                : fiveCovers && (stepMs < HourMs || stepMs % HourMs != 0) ? HistoryResolution.FiveMinutes
                : HistoryResolution.Hourly;
            var points = resolution == HistoryResolution.RawBuckets
                ? Bucket(RawRows(id, fromMs, toMs), stepMs)
                : Bucket(AggregateRows(id, resolution == HistoryResolution.FiveMinutes ? FiveMinutesMs : HourMs, fromMs, toMs), stepMs);
            return new HistorySeries(deviceId, key, from, to, resolution, TimeSpan.FromMilliseconds(stepMs), points);
        }
    }

    private List<HistoryPoint> RawPoints(long series, long fromMs, long toMs)
    {
        using var select = Command("SELECT t, num, txt FROM raw WHERE series = $s AND t >= $f AND t < $t ORDER BY t, rowid");
        select.Parameters.AddWithValue("$s", series);
        select.Parameters.AddWithValue("$f", fromMs);
        select.Parameters.AddWithValue("$t", toMs);
        using var reader = select.ExecuteReader();
        var points = new List<HistoryPoint>();
        while (reader.Read())
        {
            double? value = reader.IsDBNull(1) ? null : reader.GetDouble(1);
            points.Add(new HistoryPoint(DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(0)), value, value, value, value, 1,
                reader.IsDBNull(2) ? null : reader.GetString(2)));
        }

        return points;
    }

    /// <summary>Numeric raw samples as one-sample aggregates, oldest first.</summary>
    private IEnumerable<(long Start, Aggregate Value)> RawRows(long series, long fromMs, long toMs)
    {
        using var select = Command("SELECT t, num FROM raw WHERE series = $s AND t >= $f AND t < $t AND num IS NOT NULL ORDER BY t, rowid");
        select.Parameters.AddWithValue("$s", series);
        select.Parameters.AddWithValue("$f", fromMs);
        select.Parameters.AddWithValue("$t", toMs);
        using var reader = select.ExecuteReader();
        while (reader.Read())
        {
            var aggregate = default(Aggregate);
            aggregate.Add(reader.GetDouble(1), reader.GetInt64(0));
            yield return (reader.GetInt64(0), aggregate);
        }
    }

    /// <summary>Stored buckets that start inside the range, oldest first.</summary>
    private IEnumerable<(long Start, Aggregate Value)> AggregateRows(long series, long res, long fromMs, long toMs)
    {
        using var select = Command("""
            SELECT bucket, min, max, sum, count, last, last_t FROM agg
            WHERE res = $r AND series = $s AND bucket >= $f AND bucket < $t ORDER BY bucket
            """);
        select.Parameters.AddWithValue("$r", res);
        select.Parameters.AddWithValue("$s", series);
        select.Parameters.AddWithValue("$f", Floor(fromMs, res));
        select.Parameters.AddWithValue("$t", toMs);
        using var reader = select.ExecuteReader();
        while (reader.Read())
        {
            yield return (reader.GetInt64(0), new Aggregate
            {
                Min = reader.GetDouble(1),
                Max = reader.GetDouble(2),
                Sum = reader.GetDouble(3),
                Count = reader.GetInt64(4),
                Last = reader.GetDouble(5),
                LastT = reader.GetInt64(6),
            });
        }
    }

    private static List<HistoryPoint> Bucket(IEnumerable<(long Start, Aggregate Value)> rows, long stepMs)
    {
        var points = new List<HistoryPoint>();
        long current = long.MinValue;
        var merged = default(Aggregate);
        void Emit()
        {
            if (merged.Count > 0)
                points.Add(new HistoryPoint(DateTimeOffset.FromUnixTimeMilliseconds(current), merged.Min, merged.Max, merged.Sum / merged.Count,
                    merged.Last, merged.Count));
        }

        foreach (var (start, value) in rows)
        {
            var bucket = Floor(start, stepMs);
            if (bucket != current)
            {
                Emit();
                current = bucket;
                merged = default;
            }

            merged = Merge(merged, value);
        }

        Emit();
        return points;
    }

    private static Aggregate Merge(Aggregate into, Aggregate from)
    {
        if (into.Count == 0)
            return from;
        into.Min = Math.Min(into.Min, from.Min);
        into.Max = Math.Max(into.Max, from.Max);
        into.Sum += from.Sum;
        into.Count += from.Count;
        if (from.LastT >= into.LastT)
        {
            into.Last = from.Last;
            into.LastT = from.LastT;
        }

        return into;
    }
}
