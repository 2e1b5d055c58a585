using Microsoft.Data.Sqlite;

namespace AiotHub.Core.Activity;

/// <summary>Reading the log: a home's entries in a time window, in id order, with unreadable rows set aside.</summary>
public sealed partial class ActivityStore
{
    /// <summary>The most entries one <see cref="Read"/> returns.</summary>
    public const int MaxReadLimit = 100_000;

    /// <summary>
    /// The home's entries with <paramref name="from"/> ≤ time ≤ <paramref name="to"/> and id &gt; <paramref name="afterId"/>,
    /// at most <paramref name="limit"/> (clamped to 1–<see cref="MaxReadLimit"/>), in id order — the order they were
    /// appended, which is oldest first for what the hub records as it happens (an import of past history appended later
    /// has later ids). Page on with the last entry's id as <paramref name="afterId"/>. Queued entries are written first,
    /// so a read sees every entry appended before it. With <paramref name="deviceId"/>, only that device's entries.
    /// </summary>
    public IReadOnlyList<ActivityEntry> Read(string homeId, DateTimeOffset from, DateTimeOffset to, long afterId = 0, int limit = 10_000, string? deviceId = null)
    {
        ArgumentNullException.ThrowIfNull(homeId);
        limit = Math.Clamp(limit, 1, MaxReadLimit);
        afterId = Math.Max(afterId, 0);
        FlushForRead();
        var entries = new List<ActivityEntry>(Math.Min(limit, 1024));
        while (true)
        {
            var rows = _connection.Query(
                """
                SELECT id, home_id, time, kind, source, device_id, member, value, actor, reference FROM activity
                WHERE home_id = $home AND time >= $from AND time <= $to AND id > $after AND ($device IS NULL OR device_id = $device)
                ORDER BY id LIMIT $limit
                """,
                ActivityRows.Read,
                ("$home", homeId), ("$from", from.ToUnixTimeMilliseconds()), ("$to", to.ToUnixTimeMilliseconds()),
                ("$after", afterId), ("$limit", limit - entries.Count), ("$device", deviceId));
            List<ActivityRow>? bad = null;
            foreach (var row in rows)
            {
                if (row.Entry is { } entry)
                    entries.Add(entry);
                else
                    (bad ??= []).Add(row);
            }

            if (bad is null || rows.Count == 0)
                return entries;
            SetAside(bad);
            afterId = rows[^1].Id;
        }
    }

    /// <summary>How many of the home's entries (of <paramref name="deviceId"/>, if given) have <paramref name="from"/> ≤ time ≤ <paramref name="to"/>.</summary>
    public int Count(string homeId, DateTimeOffset from, DateTimeOffset to, string? deviceId = null)
    {
        ArgumentNullException.ThrowIfNull(homeId);
        FlushForRead();
        return (int)_connection.Query(
            "SELECT COUNT(*) FROM activity WHERE home_id = $home AND time >= $from AND time <= $to AND ($device IS NULL OR device_id = $device)",
            r => r.GetInt64(0),
            ("$home", homeId), ("$from", from.ToUnixTimeMilliseconds()), ("$to", to.ToUnixTimeMilliseconds()), ("$device", deviceId))[0];
    }

    // Queued entries are written first, so a read sees them; when that fails, what is on disk is still worth reading
    // (the batch is retried by the loop).
    private void FlushForRead()
    {
        try
        {
            Flush();
        }
        catch (SqliteException e)
        {
            _options.OnError?.Invoke(e);
        }
    }

    private void SetAside(List<ActivityRow> rows)
    {
        var now = _time.GetUtcNow().ToUnixTimeMilliseconds();
        _connection.InTransaction((rows, now), static (command, state) =>
        {
            command.CommandText = """
                INSERT OR REPLACE INTO activity_set_aside(id, home_id, set_aside, reason, row)
                SELECT id, home_id, $now, $reason, json_object('time', time, 'kind', kind, 'source', source, 'deviceId', device_id,
                    'member', member, 'value', value, 'actor', actor, 'reference', reference)
                FROM activity WHERE id = $id;
                DELETE FROM activity WHERE id = $id;
                """;
            var id = command.Parameters.Add("$id", SqliteType.Integer);
            var reason = command.Parameters.Add("$reason", SqliteType.Text);
            command.Parameters.AddWithValue("$now", state.now);
            foreach (var row in state.rows)
            {
                (id.Value, reason.Value) = (row.Id, row.Problem);
                command.ExecuteNonQuery();
            }
        });
        _options.OnSetAside?.Invoke(rows.Count, rows[0].Problem ?? "unreadable");
    }
}
