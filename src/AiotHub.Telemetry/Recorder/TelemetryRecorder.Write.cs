using Microsoft.Data.Sqlite;

namespace AiotHub.Telemetry.Recorder;

public sealed partial class TelemetryRecorder
{
    private const int RowsPerInsert = 100;
    private readonly List<(long Series, TelemetrySample Sample)> _rows = [];
    private static readonly string[] AggregateParameters = ["$r", "$s", "$b", "$mi", "$ma", "$su", "$c", "$l", "$lt"];
    private readonly Dictionary<(long Res, long Series, long Bucket), Aggregate> _aggregates = [];

    // Prepared once and reused by every flush (a flush for a waiting report is often a few rows: building and
    // preparing a 400-parameter statement each time would cost more than the rows). Used under _dbLock only.
    private SqliteCommand? _insertMany;
    private SqliteCommand? _insertOne;
    private SqliteCommand? _upsert;

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

    /// <summary>
    /// Raw rows, then each touched aggregate once, merged into what is stored, all in one transaction; returns the rows
    /// inserted. A row whose (series, t) is already held — on file or earlier in the batch — is not inserted, and only
    /// the rows inserted (RETURNING) count in the aggregates.
    /// </summary>
    private long Write(List<TelemetrySample> samples)
    {
        using var transaction = _connection.BeginTransaction();
        var added = new List<(string, string)>();
        _aggregates.Clear();
        try
        {
            // Rows sorted by series then time reach the (series, t) index in order, and go in as
            // multi-row INSERTs of RowsPerInsert: together about twice as fast as one row at a time.
            _rows.Clear();
            foreach (var sample in samples)
                _rows.Add((SeriesId(sample.DeviceId, sample.Key, transaction, added), sample));

            _rows.Sort(static (a, b) => a.Series != b.Series ? a.Series.CompareTo(b.Series) : a.Sample.UnixMilliseconds.CompareTo(b.Sample.UnixMilliseconds));
            long inserted = 0;
            var offset = 0;
            if (_rows.Count >= RowsPerInsert)
            {
                var insertMany = _insertMany ??= InsertCommand(RowsPerInsert);
                insertMany.Transaction = transaction;
                for (; offset + RowsPerInsert <= _rows.Count; offset += RowsPerInsert)
                    inserted += InsertRows(insertMany, offset, RowsPerInsert);
            }

            if (offset < _rows.Count)
            {
                var insertOne = _insertOne ??= InsertCommand(1);
                insertOne.Transaction = transaction;
                for (; offset < _rows.Count; offset++)
                    inserted += InsertRows(insertOne, offset, 1);
            }

            var upsert = _upsert ??= UpsertCommand();
            upsert.Transaction = transaction;
            var p = upsert.Parameters;
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
            return inserted;
        }
        catch
        {
            // The new series ids were rolled back with the transaction.
            foreach (var key in added)
                _series.Remove(key);
            throw;
        }
    }

    private SqliteCommand UpsertCommand()
    {
        var upsert = Command("""
            INSERT INTO agg(res, series, bucket, min, max, sum, count, last, last_t) VALUES($r, $s, $b, $mi, $ma, $su, $c, $l, $lt)
            ON CONFLICT(res, series, bucket) DO UPDATE SET
                min = MIN(min, excluded.min), max = MAX(max, excluded.max), sum = sum + excluded.sum, count = count + excluded.count,
                last = CASE WHEN excluded.last_t >= last_t THEN excluded.last ELSE last END, last_t = MAX(last_t, excluded.last_t)
            """);
        foreach (var name in AggregateParameters)
            upsert.Parameters.Add(name, SqliteType.Real);
        return upsert;
    }

    private SqliteCommand InsertCommand(int rows)
    {
        var sql = new System.Text.StringBuilder("INSERT INTO raw(series, t, num, txt) VALUES ");
        for (var i = 0; i < rows * 4; i += 4)
            sql.Append(System.Globalization.CultureInfo.InvariantCulture, $"{(i == 0 ? "" : ",")}($p{i},$p{i + 1},$p{i + 2},$p{i + 3})");
        // A row already held is skipped; RETURNING answers only the rows inserted, which the aggregates then count.
        sql.Append(" ON CONFLICT(series, t) DO NOTHING RETURNING series, t, num");
        var command = Command(sql.ToString());
        for (var i = 0; i < rows * 4; i++)
            command.Parameters.Add(new SqliteParameter { ParameterName = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"$p{i}") });
        return command;
    }

    /// <summary>Inserts rows [offset, offset + count) of the batch; returns how many were new, each added to its aggregates.</summary>
    private int InsertRows(SqliteCommand command, int offset, int count)
    {
        var parameters = command.Parameters;
        for (var i = 0; i < count; i++)
        {
            var (series, sample) = _rows[offset + i];
            parameters[i * 4].Value = series;
            parameters[(i * 4) + 1].Value = sample.UnixMilliseconds;
            parameters[(i * 4) + 2].Value = sample.Number is { } n ? n : DBNull.Value;
            parameters[(i * 4) + 3].Value = sample.Text is { } x ? x : DBNull.Value;
        }

        var inserted = 0;
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            inserted++;
            if (reader.IsDBNull(2))
                continue;
            var (id, t, value) = (reader.GetInt64(0), reader.GetInt64(1), reader.GetDouble(2));
            Accumulate((FiveMinutesMs, id, Floor(t, FiveMinutesMs)), value, t);
            Accumulate((HourMs, id, Floor(t, HourMs)), value, t);
        }

        return inserted;
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
