using AiotHub.Core.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace AiotHub.Telemetry.Recorder;

/// <summary>
/// The embedded recorder: property values in their own SQLite file (WAL), written behind by a
/// <see cref="WriteBehindLoop"/> — one transaction per <see cref="TelemetryRecorderOptions.FlushInterval"/>, and at once
/// for whoever waits in <see cref="WhenDurableAsync"/> (waiters meanwhile share one transaction: group commit). At most
/// one raw row per (device, property, millisecond): a second one is ignored and counts in no aggregate. Each numeric
/// sample also updates its 5-minute and hourly aggregate (min, max, sum, count, last) in the same transaction, so long
/// ranges are answered from aggregates that are always current; retention then deletes raw samples after
/// <see cref="TelemetryRecorderOptions.RawRetention"/> and each aggregate level after its own. <see cref="Record"/> only
/// appends to memory, so the report path never waits on disk unless it asks to.
/// </summary>
public sealed partial class TelemetryRecorder : IAsyncDisposable
{
    internal const long FiveMinutesMs = 300_000;
    internal const long HourMs = 3_600_000;
    private readonly Lock _bufferLock = new();
    private readonly Lock _dbLock = new();
    private readonly SqliteConnection _connection;
    private readonly TelemetryRecorderOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly Dictionary<(string DeviceId, string Key), long> _series = [];
    private readonly CancellationTokenSource _stopping = new();
    private List<TelemetrySample> _buffer = [];
    private List<TelemetrySample> _writing = [];
    private DropFence _fence;
    private WriteBehindLoop? _loop;
    private Task? _maintenance;
    private long _written;
    private long _duplicates;
    private long _dropped;
    private bool _disposed;
    private volatile string? _lastError;

    private TelemetryRecorder(SqliteConnection connection, TelemetryRecorderOptions options, TimeProvider time, ILogger logger)
    {
        _connection = connection;
        _options = options;
        _time = time;
        _logger = logger;
        using var select = Command("SELECT id, device_id, key FROM series");
        using var reader = select.ExecuteReader();
        while (reader.Read())
            _series[(reader.GetString(1), reader.GetString(2))] = reader.GetInt64(0);
    }

    public static TelemetryRecorder Open(TelemetryRecorderOptions options, TimeProvider? timeProvider = null, ILogger<TelemetryRecorder>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var full = System.IO.Path.GetFullPath(options.Path);
        if (System.IO.Path.GetDirectoryName(full) is { } directory)
            Directory.CreateDirectory(directory);
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = full, Pooling = false }.ToString());
        try
        {
            connection.Open();
            using var schema = connection.CreateCommand();
            // Times are Unix milliseconds. agg.res is the bucket width in ms (300000 or 3600000).
            // synchronous=FULL, as hub.db and the export outbox: a row a device was acknowledged for survives a power
            // cut too, not only a killed process (NORMAL would lose the last commits then). raw's (series, t) index
            // comes with the migrations.
            schema.CommandText = """
                PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA busy_timeout=5000;
                CREATE TABLE IF NOT EXISTS series(id INTEGER PRIMARY KEY, device_id TEXT NOT NULL, key TEXT NOT NULL, UNIQUE(device_id, key));
                CREATE TABLE IF NOT EXISTS raw(series INTEGER NOT NULL, t INTEGER NOT NULL, num REAL, txt TEXT);
                CREATE TABLE IF NOT EXISTS agg(
                    res INTEGER NOT NULL, series INTEGER NOT NULL, bucket INTEGER NOT NULL,
                    min REAL NOT NULL, max REAL NOT NULL, sum REAL NOT NULL, count INTEGER NOT NULL, last REAL NOT NULL, last_t INTEGER NOT NULL,
                    PRIMARY KEY(res, series, bucket)) WITHOUT ROWID;
                """;
            schema.ExecuteNonQuery();
            TelemetryRecorderSchema.Migrate(connection);
            return new TelemetryRecorder(connection, options, timeProvider ?? TimeProvider.System, logger ?? NullLogger<TelemetryRecorder>.Instance);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>Starts writing every flush interval and on demand (and retention every hour).</summary>
    public void Start()
    {
        lock (_bufferLock)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_loop is not null)
                return;
            _loop = new WriteBehindLoop(() => Flush(), _options.FlushInterval, _time, LogFlushFailed, "AiotHub recorder writer");
            _maintenance = Task.Run(MaintainAsync);
        }
    }

    /// <summary>
    /// Queues a sample; false (counted) when <see cref="TelemetryRecorderOptions.MaxBufferedSamples"/> are already
    /// waiting — and then <see cref="WhenDurableAsync"/> faults until the buffer has been written twice over, so
    /// nobody whose sample was dropped is told it is on disk.
    /// </summary>
    public bool Record(in TelemetrySample sample)
    {
        lock (_bufferLock)
        {
            if (_buffer.Count >= _options.MaxBufferedSamples)
            {
                _dropped++;
                _fence.Dropped();
                return false;
            }

            _buffer.Add(sample);
            return true;
        }
    }

    /// <summary>
    /// Completes once every sample recorded before the call is committed to the file (a flush that started after the
    /// call, shared with whoever else waits). Faults when that flush fails, when a sample was dropped at the memory
    /// bound since the barrier last held (<see cref="TelemetryDroppedException"/>), or after disposal.
    /// </summary>
    public Task WhenDurableAsync()
    {
        WriteBehindLoop? loop;
        lock (_bufferLock)
        {
            if (_fence.Raised)
                return Task.FromException(new TelemetryDroppedException("the recorder's buffer is full: samples were dropped and not written"));
            if (_disposed)
                return Task.FromException(new ObjectDisposedException(nameof(TelemetryRecorder)));
            loop = _loop;
        }

        if (loop is not null)
            return loop.WhenDurableAsync();
        try
        {
            // Not started: the caller's own thread writes.
            Flush();
            return Task.CompletedTask;
        }
        catch (SqliteException ex)
        {
            return Task.FromException(ex);
        }
    }

    /// <summary>
    /// Whether a sample of the property at this time is held, waiting in memory or on file — a late report (a reading
    /// a device buffered, or a redelivery of one) that is already recorded need not be recorded or exported again.
    /// Waits for a flush in progress. Answers from the file only as far back as raw samples are kept.
    /// </summary>
    public bool HasSample(string deviceId, string key, long unixMs)
    {
        ArgumentNullException.ThrowIfNull(deviceId);
        ArgumentNullException.ThrowIfNull(key);
        lock (_dbLock)
        {
            // Under the database lock no flush is in progress: a sample is either still in _buffer or on file.
            lock (_bufferLock)
            {
                foreach (var sample in _buffer)
                {
                    if (sample.UnixMilliseconds == unixMs && sample.DeviceId == deviceId && sample.Key == key)
                        return true;
                }
            }

            if (!_series.TryGetValue((deviceId, key), out var id))
                return false;
            using var select = Command("SELECT EXISTS(SELECT 1 FROM raw WHERE series = $s AND t = $t)");
            select.Parameters.AddWithValue("$s", id);
            select.Parameters.AddWithValue("$t", unixMs);
            return (long)select.ExecuteScalar()! != 0;
        }
    }

    /// <summary>Writes what is waiting in one transaction; returns how many samples (duplicates included).</summary>
    public int Flush()
    {
        lock (_dbLock)
        {
            long generation;
            lock (_bufferLock)
            {
                (_buffer, _writing) = (_writing, _buffer);
                generation = _fence.Swap();
            }

            if (_writing.Count == 0)
            {
                lock (_bufferLock)
                    _fence.Committed(generation);
                return 0;
            }

            long inserted;
            try
            {
                inserted = Write(_writing);
            }
            catch (SqliteException ex)
            {
                // Put them back in front: nothing queued is lost while memory allows.
                lock (_bufferLock)
                {
                    _writing.AddRange(_buffer);
                    (_buffer, _writing) = (_writing, _buffer);
                }

                _writing.Clear();
                _lastError = ex.Message;
                throw;
            }

            var count = _writing.Count;
            _writing.Clear();
            lock (_bufferLock)
                _fence.Committed(generation);
            Interlocked.Add(ref _written, inserted);
            Interlocked.Add(ref _duplicates, count - inserted);
            _lastError = null;
            return count;
        }
    }

    public RecorderStatus Status()
    {
        long buffered;
        lock (_bufferLock)
            buffered = _buffer.Count;
        lock (_dbLock)
        {
            using var size = Command("SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size()");
            var bytes = (long)size.ExecuteScalar()!;
            var wal = _connection.DataSource + "-wal";
            if (File.Exists(wal))
                bytes += new FileInfo(wal).Length;
            return new RecorderStatus(bytes, Interlocked.Read(ref _written), buffered, Interlocked.Read(ref _dropped), _series.Count, _lastError,
                Interlocked.Read(ref _duplicates));
        }
    }

    public async ValueTask DisposeAsync()
    {
        WriteBehindLoop? loop;
        lock (_bufferLock)
        {
            if (_disposed)
                return;
            _disposed = true;
            loop = _loop;
        }

        await _stopping.CancelAsync().ConfigureAwait(false);
        if (_maintenance is { } maintenance)
            await maintenance.ConfigureAwait(false);
        try
        {
            // The loop's final flush completes whoever still waits; without a loop, one flush here.
            if (loop is not null)
                await loop.DisposeAsync().ConfigureAwait(false);
            else
                Flush();
        }
        catch (SqliteException ex)
        {
            LogFlushFailed(ex);
        }

        lock (_dbLock)
        {
            _insertMany?.Dispose();
            _insertOne?.Dispose();
            _upsert?.Dispose();
            _connection.Dispose();
        }

        _stopping.Dispose();
    }

    /// <summary>Retention at start and every hour after, beside the write-behind loop (a waiter never waits for it to start).</summary>
    private async Task MaintainAsync()
    {
        var token = _stopping.Token;
        while (!token.IsCancellationRequested)
        {
            try
            {
                ApplyRetention(_time.GetUtcNow());
            }
            catch (SqliteException ex)
            {
                LogFlushFailed(ex);
            }

            try
            {
                await Task.Delay(TimeSpan.FromMilliseconds(HourMs), _time, token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private SqliteCommand Command(string sql, SqliteTransaction? transaction = null)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return command;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "the telemetry recorder could not write; samples stay in memory and are retried")]
    private partial void LogFlushFailed(Exception exception);
}
