using Microsoft.Data.Sqlite;

namespace AiotHub.Telemetry.Influx;

/// <summary>
/// The durable queue between the hub and InfluxDB: batches of encoded lines in a SQLite file (WAL,
/// synchronous=FULL), appended in order — every point the sink accepts passes through here before it is
/// sent — and removed only once the server accepted them, so an outage, a restart or a kill -9 during
/// one loses nothing that was committed. Bounded by <c>maxPoints</c>: when an append
/// would pass it, the oldest batches are dropped and counted (<see cref="Dropped"/>) — a home
/// keeps its recent history rather than stopping recording. Batches the server refused for good
/// (a 400) move to a <c>rejected</c> table with the server's message, for a person to inspect.
/// </summary>
public sealed class InfluxOutbox : IDisposable
{
    private readonly Lock _sync = new();
    private readonly SqliteConnection _connection;
    private readonly long _maxPoints;
    private long _points;
    private long _batches;
    private long _dropped;

    private InfluxOutbox(SqliteConnection connection, long maxPoints)
    {
        _connection = connection;
        _maxPoints = maxPoints;
        using var count = Command("SELECT COUNT(*), COALESCE(SUM(points), 0) FROM outbox");
        using var reader = count.ExecuteReader();
        reader.Read();
        _batches = reader.GetInt64(0);
        _points = reader.GetInt64(1);
    }

    /// <summary>Points waiting.</summary>
    public long Points
    {
        get
        {
            lock (_sync)
                return _points;
        }
    }

    public long Batches
    {
        get
        {
            lock (_sync)
                return _batches;
        }
    }

    /// <summary>Points dropped because the outbox was full, since it was opened.</summary>
    public long Dropped
    {
        get
        {
            lock (_sync)
                return _dropped;
        }
    }

    public static InfluxOutbox Open(string path, long maxPoints)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxPoints, 1);
        var full = Path.GetFullPath(path);
        if (Path.GetDirectoryName(full) is { } directory)
            Directory.CreateDirectory(directory);
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = full, Pooling = false }.ToString());
        try
        {
            connection.Open();
            using var schema = connection.CreateCommand();
            schema.CommandText = """
                PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA busy_timeout=5000;
                CREATE TABLE IF NOT EXISTS outbox(id INTEGER PRIMARY KEY AUTOINCREMENT, points INTEGER NOT NULL, oldest INTEGER NOT NULL, body BLOB NOT NULL);
                CREATE TABLE IF NOT EXISTS rejected(
                    id INTEGER PRIMARY KEY, points INTEGER NOT NULL, oldest INTEGER NOT NULL, body BLOB NOT NULL,
                    status INTEGER NOT NULL, message TEXT NOT NULL, at INTEGER NOT NULL);
                """;
            schema.ExecuteNonQuery();
            return new InfluxOutbox(connection, maxPoints);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>Appends one batch (committed when this returns); returns the points dropped from the oldest end to stay within the bound.</summary>
    public long Append(ReadOnlySpan<byte> lines, int points, long oldestQueuedMs) =>
        Append([new OutboxAppend(lines.ToArray(), points, oldestQueuedMs)]);

    /// <summary>
    /// Appends batches, in order, in one transaction (one disk sync for all: group commit), committed when this returns;
    /// returns the points dropped from the oldest end to stay within the bound (the newest batch always stays).
    /// </summary>
    public long Append(IEnumerable<OutboxAppend> batches)
    {
        ArgumentNullException.ThrowIfNull(batches);
        lock (_sync)
        {
            var (points, count) = (_points, _batches);
            using var transaction = _connection.BeginTransaction();
            using (var insert = Command("INSERT INTO outbox(points, oldest, body) VALUES($p, $o, $b)", transaction))
            {
                var p = insert.Parameters.Add("$p", SqliteType.Integer);
                var o = insert.Parameters.Add("$o", SqliteType.Integer);
                var b = insert.Parameters.Add("$b", SqliteType.Blob);
                foreach (var batch in batches)
                {
                    ArgumentOutOfRangeException.ThrowIfLessThan(batch.Points, 1, nameof(batches));
                    p.Value = batch.Points;
                    o.Value = batch.OldestQueuedMs;
                    // A blob parameter needs an array: the common case (a whole ArrayBufferWriter's array) still copies.
                    b.Value = batch.Lines.ToArray();
                    insert.ExecuteNonQuery();
                    points += batch.Points;
                    count++;
                }
            }

            long dropped = 0;
            while (points > _maxPoints && count > 1)
            {
                using var oldest = Command("DELETE FROM outbox WHERE id = (SELECT MIN(id) FROM outbox) RETURNING points", transaction);
                var removed = Convert.ToInt64(oldest.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
                points -= removed;
                count--;
                dropped += removed;
            }

            transaction.Commit();
            (_points, _batches) = (points, count);
            _dropped += dropped;
            return dropped;
        }
    }

    /// <summary>The oldest batches, in order, up to about <paramref name="maxPoints"/> points (always at least one batch when any waits).</summary>
    public IReadOnlyList<OutboxBatch> Peek(int maxPoints)
    {
        lock (_sync)
        {
            using var select = Command("SELECT id, points, oldest, body FROM outbox ORDER BY id LIMIT 1000");
            using var reader = select.ExecuteReader();
            var batches = new List<OutboxBatch>();
            var total = 0;
            while (reader.Read())
            {
                var points = reader.GetInt32(1);
                if (batches.Count > 0 && total + points > maxPoints)
                    break;
                batches.Add(new OutboxBatch(reader.GetInt64(0), points, reader.GetInt64(2), (byte[])reader[3]));
                total += points;
            }

            return batches;
        }
    }

    /// <summary>The age of the oldest waiting point, or null when nothing waits.</summary>
    public long? OldestQueuedMs()
    {
        lock (_sync)
        {
            using var select = Command("SELECT oldest FROM outbox ORDER BY id LIMIT 1");
            return select.ExecuteScalar() is long oldest ? oldest : null;
        }
    }

    /// <summary>Removes batches the server accepted. A batch already gone (dropped meanwhile) is ignored.</summary>
    public void Remove(IEnumerable<OutboxBatch> batches)
    {
        ArgumentNullException.ThrowIfNull(batches);
        lock (_sync)
        {
            using var transaction = _connection.BeginTransaction();
            foreach (var batch in batches)
            {
                using var delete = Command("DELETE FROM outbox WHERE id = $id RETURNING points", transaction);
                delete.Parameters.AddWithValue("$id", batch.Id);
                if (delete.ExecuteScalar() is long points)
                {
                    _points -= points;
                    _batches--;
                }
            }

            transaction.Commit();
        }
    }

    /// <summary>Moves batches the server refused for good to the rejected table with its answer.</summary>
    public void Reject(IEnumerable<OutboxBatch> batches, int status, string message, long atMs)
    {
        ArgumentNullException.ThrowIfNull(batches);
        lock (_sync)
        {
            using var transaction = _connection.BeginTransaction();
            foreach (var batch in batches)
            {
                using var move = Command("""
                    INSERT INTO rejected(id, points, oldest, body, status, message, at)
                        SELECT id, points, oldest, body, $s, $m, $at FROM outbox WHERE id = $id;
                    DELETE FROM outbox WHERE id = $id RETURNING points;
                    """, transaction);
                move.Parameters.AddWithValue("$id", batch.Id);
                move.Parameters.AddWithValue("$s", status);
                move.Parameters.AddWithValue("$m", message);
                move.Parameters.AddWithValue("$at", atMs);
                if (move.ExecuteScalar() is long points)
                {
                    _points -= points;
                    _batches--;
                }
            }

            transaction.Commit();
        }
    }

    /// <summary>Points set aside as rejected, all time.</summary>
    public long RejectedPoints()
    {
        lock (_sync)
        {
            using var sum = Command("SELECT COALESCE(SUM(points), 0) FROM rejected");
            return (long)sum.ExecuteScalar()!;
        }
    }

    public void Dispose()
    {
        lock (_sync)
            _connection.Dispose();
    }

    private SqliteCommand Command(string sql, SqliteTransaction? transaction = null)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return command;
    }
}
