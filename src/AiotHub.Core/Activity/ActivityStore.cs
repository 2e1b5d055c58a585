using AiotHub.Core.Persistence;
using Microsoft.Data.Sqlite;

namespace AiotHub.Core.Activity;

/// <summary>
/// The activity log in hub.db (module "activity", <see cref="ModuleSchema"/>): what was done to which device, by whom,
/// for routine suggestions (docs/api.md "Activity", docs/gateway.md "The activity log"). <see cref="Append"/> assigns ids and queues the
/// entries; they are written behind, one transaction per batch, every <see cref="ActivityStoreOptions.WriteBehindInterval"/>
/// — a kill -9 loses at most that window (what <see cref="WhenDurableAsync"/> returned for is kept). Reads see queued
/// entries too. Bounded three ways: the queue (<see cref="ActivityStoreOptions.MaxQueued"/>: past it an append writes
/// first, and drops and counts only when writing fails), the retention (<see cref="ActivityStoreOptions.RetentionDays"/>)
/// and a cap per home (<see cref="ActivityStoreOptions.MaxEntriesPerHome"/>, the oldest go first). A row that cannot be
/// read is moved to <c>activity_set_aside</c> and skipped, never returned half-read.
/// </summary>
public sealed partial class ActivityStore : IAsyncDisposable
{
    public const string Module = "activity";

    /// <summary>The longest home, device, member, actor or reference id an entry may carry.</summary>
    public const int MaxIdLength = 256;

    /// <summary>The longest value (its JSON text) an entry may carry.</summary>
    public const int MaxValueLength = 4096;

    private const int SetAsideKept = 1_000;

    private static readonly Action<SqliteCommand>[] Migrations =
    [
        // 1: AUTOINCREMENT so an id is never given twice, even after the newest entries were deleted.
        ModuleSchema.Sql("""
            CREATE TABLE activity(
                id INTEGER PRIMARY KEY AUTOINCREMENT, home_id TEXT NOT NULL, time INTEGER NOT NULL, kind TEXT NOT NULL,
                source TEXT NOT NULL, device_id TEXT, member TEXT, value TEXT, actor TEXT, reference TEXT);
            CREATE INDEX activity_home_id ON activity(home_id, id);
            CREATE INDEX activity_home_time ON activity(home_id, time);
            CREATE TABLE activity_set_aside(
                id INTEGER PRIMARY KEY, home_id TEXT, set_aside INTEGER NOT NULL, reason TEXT NOT NULL, row TEXT NOT NULL);
            """),
    ];

    private readonly ModuleConnection _connection;
    private readonly TimeProvider _time;
    private readonly ActivityStoreOptions _options;
    private readonly WriteBehindLoop _writeLoop;

    // Order: _writeLock, then the connection's lock, then _queueLock. _writeLock is held while a batch leaves the queue
    // and is written (or put back), and while entries are deleted, so nobody sees an entry in neither place.
    private readonly Lock _writeLock = new();
    private readonly Lock _queueLock = new();
    private List<ActivityEntry> _queued = [];
    private List<ActivityEntry> _writing = [];
    private long _lastId;
    private long _dropped;
    private long _batches;
    private long _appendedSincePrune;
    private DateTimeOffset _nextPrune;
    private bool _disposed;
    private int _disposing;

    /// <summary>Opens hub.db at <paramref name="databasePath"/>, brings the tables up to date, prunes, and starts the write-behind loop.</summary>
    public ActivityStore(string databasePath, TimeProvider time, ActivityStoreOptions options)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(databasePath);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _time = time;
        _options = options;
        _connection = ModuleConnection.Open(databasePath, Module, Migrations);
        _lastId = _connection.Query(
            "SELECT MAX(COALESCE((SELECT seq FROM sqlite_sequence WHERE name = 'activity'), 0), COALESCE((SELECT MAX(id) FROM activity_set_aside), 0))",
            r => r.GetInt64(0))[0];
        Prune();
        _writeLoop = new WriteBehindLoop(Flush, options.WriteBehindInterval, time, options.OnError, "AiotHub activity writer");
    }

    /// <summary>The file, as a full path.</summary>
    public string Path => _connection.Path;

    /// <summary>Entries dropped because the queue was full and writing failed (a counter for metrics).</summary>
    public long Dropped => Interlocked.Read(ref _dropped);

    /// <summary>Batches written so far (diagnostics and tests).</summary>
    public long Batches => Interlocked.Read(ref _batches);

    /// <summary>Entries waiting for the next batch.</summary>
    public int Queued
    {
        get
        {
            lock (_queueLock)
                return _queued.Count;
        }
    }

    /// <summary>
    /// Gives each entry the next id (in the order given) and queues it for the next batch; returns the entries as
    /// stored. Not durable when it returns (<see cref="WhenDurableAsync"/>). An entry with an empty home, an unknown kind
    /// or source, or an id or value past <see cref="MaxIdLength"/>/<see cref="MaxValueLength"/> throws
    /// <see cref="ArgumentException"/> and nothing is queued. When the queue is full and cannot be written, the entries
    /// are dropped, counted in <see cref="Dropped"/> and returned with id 0.
    /// </summary>
    public IReadOnlyList<ActivityEntry> Append(IReadOnlyList<ActivityEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposing) != 0, this);
        for (var i = 0; i < entries.Count; i++)
        {
            if (ActivityRows.Problem(entries[i], i) is { } problem)
                throw new ArgumentException(problem, nameof(entries));
        }

        if (entries.Count == 0)
            return [];

        var stored = new List<ActivityEntry>(entries.Count);
        var chunk = _options.MaxQueued;
        for (var start = 0; start < entries.Count; start += chunk)
        {
            var count = Math.Min(chunk, entries.Count - start);
            if (!MakeRoom(count))
            {
                Interlocked.Add(ref _dropped, count);
                for (var i = start; i < start + count; i++)
                    stored.Add(entries[i] with { Id = 0 });
                continue;
            }

            lock (_queueLock)
            {
                for (var i = start; i < start + count; i++)
                {
                    var entry = entries[i] with { Id = ++_lastId };
                    _queued.Add(entry);
                    stored.Add(entry);
                }

                _appendedSincePrune += count;
            }
        }

        if (Queued >= _options.MaxQueued / 2)
            _writeLoop.RequestFlush();
        return stored;
    }

    /// <summary>Completes once every entry appended before the call is in the file.</summary>
    public Task WhenDurableAsync() => _writeLoop.WhenDurableAsync();

    /// <summary>Writes every queued entry in one transaction; on failure they stay queued. Prunes when it is due.</summary>
    public void Flush()
    {
        lock (_writeLock)
        {
            if (_disposed)
                return;
            bool prune;
            lock (_queueLock)
            {
                prune = _time.GetUtcNow() >= _nextPrune || _appendedSincePrune > _options.MaxEntriesPerHome / 10;
                (_queued, _writing) = (_writing, _queued);
            }

            if (_writing.Count > 0)
            {
                try
                {
                    _connection.InTransaction(_writing, ActivityRows.Insert);
                    Interlocked.Increment(ref _batches);
                }
                catch
                {
                    lock (_queueLock)
                        _queued.InsertRange(0, _writing);
                    throw;
                }
                finally
                {
                    // Under the queue's lock: HasAny reads this list there.
                    lock (_queueLock)
                        _writing.Clear();
                }
            }

            if (prune)
                Prune();
        }
    }

    /// <summary>True when the home has at least one entry (written or queued).</summary>
    public bool HasAny(string homeId)
    {
        ArgumentNullException.ThrowIfNull(homeId);
        lock (_queueLock)
        {
            if (_queued.Exists(e => e.HomeId == homeId) || _writing.Exists(e => e.HomeId == homeId))
                return true;
        }

        return _connection.Query("SELECT EXISTS(SELECT 1 FROM activity WHERE home_id = $home)", r => r.GetInt64(0) != 0, ("$home", homeId))[0];
    }

    /// <summary>Deletes every entry of the home, queued ones too (and its set-aside rows); returns how many.</summary>
    public int Delete(string homeId)
    {
        ArgumentNullException.ThrowIfNull(homeId);
        lock (_writeLock)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            int removed;
            lock (_queueLock)
                removed = _queued.RemoveAll(e => e.HomeId == homeId);
            var deleted = _connection.Query(
                "DELETE FROM activity WHERE home_id = $home RETURNING 1", _ => 1, ("$home", homeId)).Count;
            _connection.Execute("DELETE FROM activity_set_aside WHERE home_id = $home", ("$home", homeId));
            return removed + deleted;
        }
    }

    /// <summary>Stops the loop, writes what is queued and closes the connection.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposing, 1) != 0)
            return;
        try
        {
            await _writeLoop.DisposeAsync().ConfigureAwait(false);
        }
        finally
        {
            lock (_writeLock)
            {
                _disposed = true;
                _connection.Dispose();
            }
        }
    }

    // True when count more entries fit in the queue, writing the queue first when they do not.
    private bool MakeRoom(int count)
    {
        lock (_queueLock)
        {
            if (_queued.Count + count <= _options.MaxQueued)
                return true;
        }

        try
        {
            Flush();
        }
        catch (Exception e)
        {
            _options.OnError?.Invoke(e);
            return false;
        }

        lock (_queueLock)
            return _queued.Count + count <= _options.MaxQueued;
    }

    // Deletes what is past the retention and each home's cap, and keeps the set-aside table small. A failure is
    // reported and retried at the next prune; it never loses a batch.
    private void Prune()
    {
        var now = _time.GetUtcNow();
        lock (_queueLock)
        {
            _nextPrune = now + _options.PruneInterval;
            _appendedSincePrune = 0;
        }

        try
        {
            var cutoff = (now - TimeSpan.FromDays(_options.RetentionDays)).ToUnixTimeMilliseconds();
            var homes = _connection.Query("SELECT DISTINCT home_id FROM activity", r => r.GetString(0));
            foreach (var home in homes)
            {
                _connection.Execute("DELETE FROM activity WHERE home_id = $home AND time < $cutoff", ("$home", home), ("$cutoff", cutoff));
                var count = _connection.Query("SELECT COUNT(*) FROM activity WHERE home_id = $home", r => r.GetInt64(0), ("$home", home))[0];
                if (count > _options.MaxEntriesPerHome)
                {
                    _connection.Execute(
                        "DELETE FROM activity WHERE id IN (SELECT id FROM activity WHERE home_id = $home ORDER BY time, id LIMIT $excess)",
                        ("$home", home), ("$excess", count - _options.MaxEntriesPerHome));
                }
            }

            _connection.Execute(
                "DELETE FROM activity_set_aside WHERE id NOT IN (SELECT id FROM activity_set_aside ORDER BY id DESC LIMIT $kept)",
                ("$kept", SetAsideKept));
        }
        catch (SqliteException e)
        {
            _options.OnError?.Invoke(e);
        }
    }
}
