namespace AiotHub.Telemetry.Recorder;

public sealed partial class TelemetryRecorder
{
    /// <summary>Deletes raw samples and aggregates past their retention; returns the rows deleted.</summary>
    public long ApplyRetention(DateTimeOffset now)
    {
        var ms = now.ToUnixTimeMilliseconds();
        lock (_dbLock)
        {
            using var transaction = _connection.BeginTransaction();
            long deleted = 0;
            deleted += Delete("DELETE FROM raw WHERE t < $before", ms - (long)_options.RawRetention.TotalMilliseconds, null);
            deleted += Delete("DELETE FROM agg WHERE res = $res AND bucket < $before", ms - (long)_options.FiveMinuteRetention.TotalMilliseconds, FiveMinutesMs);
            deleted += Delete("DELETE FROM agg WHERE res = $res AND bucket < $before", ms - (long)_options.HourlyRetention.TotalMilliseconds, HourMs);
            transaction.Commit();
            return deleted;

            long Delete(string sql, long before, long? res)
            {
                using var delete = Command(sql, transaction);
                delete.Parameters.AddWithValue("$before", before);
                if (res is { } r)
                    delete.Parameters.AddWithValue("$res", r);
                return delete.ExecuteNonQuery();
            }
        }
    }

    /// <summary>
    /// Deletes recorded data — of one device or all, before a time or all of it — raw and
    /// aggregated, then gives the space back to the file system. Returns the rows deleted. All of one
    /// device's data (no <paramref name="before"/>) takes its series with it. Without
    /// <paramref name="reclaimSpace"/> the file keeps its size (SQLite reuses the pages) and no VACUUM
    /// holds up recording for a large file.
    /// </summary>
    public long Purge(string? deviceId = null, DateTimeOffset? before = null, bool reclaimSpace = true)
    {
        Flush();
        lock (_dbLock)
        {
            long deleted;
            using (var transaction = _connection.BeginTransaction())
            {
                var filter = deviceId is null ? "1" : "series IN (SELECT id FROM series WHERE device_id = $d)";
                using var raw = Command($"DELETE FROM raw WHERE {filter} AND t < $before", transaction);
                using var agg = Command($"DELETE FROM agg WHERE {filter} AND bucket + res <= $before", transaction);
                var limit = before?.ToUnixTimeMilliseconds() ?? long.MaxValue;
                foreach (var command in new[] { raw, agg })
                {
                    command.Parameters.AddWithValue("$before", limit);
                    if (deviceId is not null)
                        command.Parameters.AddWithValue("$d", deviceId);
                }

                deleted = raw.ExecuteNonQuery() + agg.ExecuteNonQuery();
                if (deviceId is not null && before is null)
                {
                    // Everything of the device is gone: so are its series (a removed device's are not counted any more).
                    using var series = Command("DELETE FROM series WHERE device_id = $d", transaction);
                    series.Parameters.AddWithValue("$d", deviceId);
                    series.ExecuteNonQuery();
                }

                transaction.Commit();
                if (deviceId is not null && before is null)
                {
                    foreach (var key in _series.Keys.Where(k => k.DeviceId == deviceId).ToList())
                        _series.Remove(key);
                }
            }

            if (reclaimSpace)
            {
                using var vacuum = Command("PRAGMA wal_checkpoint(TRUNCATE); VACUUM;");
                vacuum.ExecuteNonQuery();
            }

            return deleted;
        }
    }
}
