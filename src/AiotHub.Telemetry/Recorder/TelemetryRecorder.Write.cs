using Microsoft.Data.Sqlite;

namespace AiotHub.Telemetry.Recorder;

public sealed partial class TelemetryRecorder
{
    private static readonly string[] AggregateParameters = ["$r", "$s", "$b", "$mi", "$ma", "$su", "$c", "$l", "$lt"];
    private readonly Dictionary<(long Res, long Series, long Bucket), Aggregate> _aggregates = [];

    private struct Aggregate
    {
        public double Min;
        public double Max;
        public double Sum;
        public long Count;
        public double Last;
        public long LastT;

        public void Add(double value, long t)
        {
            if (Count == 0)
            {
                Min = Max = value;
            }
            else
            {
                Min = Math.Min(Min, value);
                Max = Math.Max(Max, value);
            }

            Sum += value;
            Count++;
            if (t >= LastT)
            {
                Last = value;
                LastT = t;
            }
        }
    }

    /// <summary>Raw rows, then each touched aggregate once, merged into what is stored, all in one transaction.</summary>
    private void Write(List<TelemetrySample> samples)
    {
        using var transaction = _connection.BeginTransaction();
        var added = new List<(string, string)>();
        try
        {
            using var insert = Command("INSERT INTO raw(series, t, num, txt) VALUES($s, $t, $n, $x)", transaction);
            var series = insert.Parameters.Add("$s", SqliteType.Integer);
            var time = insert.Parameters.Add("$t", SqliteType.Integer);
            var number = insert.Parameters.Add("$n", SqliteType.Real);
            var text = insert.Parameters.Add("$x", SqliteType.Text);
            insert.Prepare();
            _aggregates.Clear();
            foreach (var sample in samples)
            {
                var id = SeriesId(sample.DeviceId, sample.Key, transaction, added);
                series.Value = id;
                time.Value = sample.UnixMilliseconds;
                number.Value = sample.Number is { } n ? n : DBNull.Value;
                text.Value = sample.Text is { } x ? x : DBNull.Value;
                insert.ExecuteNonQuery();
                if (sample.Number is { } value)
                {
                    Accumulate((FiveMinutesMs, id, Floor(sample.UnixMilliseconds, FiveMinutesMs)), value, sample.UnixMilliseconds);
                    Accumulate((HourMs, id, Floor(sample.UnixMilliseconds, HourMs)), value, sample.UnixMilliseconds);
                }
            }

            using var upsert = Command("""
                INSERT INTO agg(res, series, bucket, min, max, sum, count, last, last_t) VALUES($r, $s, $b, $mi, $ma, $su, $c, $l, $lt)
                ON CONFLICT(res, series, bucket) DO UPDATE SET
                    min = MIN(min, excluded.min), max = MAX(max, excluded.max), sum = sum + excluded.sum, count = count + excluded.count,
                    last = CASE WHEN excluded.last_t >= last_t THEN excluded.last ELSE last END, last_t = MAX(last_t, excluded.last_t)
                """, transaction);
            var p = AggregateParameters.Select(n => upsert.Parameters.Add(n, SqliteType.Real)).ToArray();
            upsert.Prepare();
            foreach (var ((res, id, bucket), a) in _aggregates)
            {
                p[0].Value = res;
                p[1].Value = id;
                p[2].Value = bucket;
                p[3].Value = a.Min;
                p[4].Value = a.Max;
                p[5].Value = a.Sum;
                p[6].Value = a.Count;
                p[7].Value = a.Last;
                p[8].Value = a.LastT;
                upsert.ExecuteNonQuery();
            }

            transaction.Commit();
        }
        catch
        {
            // The new series ids were rolled back with the transaction.
            foreach (var key in added)
                _series.Remove(key);
            throw;
        }
    }

    private void Accumulate((long, long, long) key, double value, long t)
    {
        _aggregates.TryGetValue(key, out var aggregate);
        aggregate.Add(value, t);
        _aggregates[key] = aggregate;
    }

    private long SeriesId(string deviceId, string key, SqliteTransaction transaction, List<(string, string)> added)
    {
        if (_series.TryGetValue((deviceId, key), out var id))
            return id;
        using var insert = Command("INSERT INTO series(device_id, key) VALUES($d, $k) RETURNING id", transaction);
        insert.Parameters.AddWithValue("$d", deviceId);
        insert.Parameters.AddWithValue("$k", key);
        id = (long)insert.ExecuteScalar()!;
        _series[(deviceId, key)] = id;
        added.Add((deviceId, key));
        return id;
    }

    internal static long Floor(long t, long width) => t - (((t % width) + width) % width);
}
