using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace AiotHub.Telemetry.Recorder;

/// <summary>
/// The embedded recorder: property values in their own SQLite file (WAL), written in one
/// transaction per <see cref="TelemetryRecorderOptions.FlushInterval"/>. Each numeric sample also
/// updates its 5-minute and hourly aggregate (min, max, sum, count, last) in the same transaction,
/// so long ranges are answered from aggregates that are always current; retention then deletes raw
/// samples after <see cref="TelemetryRecorderOptions.RawRetention"/> and each aggregate level after
/// its own. <see cref="Record"/> only appends to memory, so the report path never waits on disk.
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
    private Task? _loop;
    private long _written;
    private long _dropped;
    private long _lastMaintenanceMs;
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
            schema.CommandText = """
                PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=5000;
                CREATE TABLE IF NOT EXISTS series(id INTEGER PRIMARY KEY, device_id TEXT NOT NULL, key TEXT NOT NULL, UNIQUE(device_id, key));
                CREATE TABLE IF NOT EXISTS raw(series INTEGER NOT NULL, t INTEGER NOT NULL, num REAL, txt TEXT);
                CREATE INDEX IF NOT EXISTS raw_series_t ON raw(series, t);
                CREATE TABLE IF NOT EXISTS agg(
                    res INTEGER NOT NULL, series INTEGER NOT NULL, bucket INTEGER NOT NULL,
                    min REAL NOT NULL, max REAL NOT NULL, sum REAL NOT NULL, count INTEGER NOT NULL, last REAL NOT NULL, last_t INTEGER NOT NULL,
                    PRIMARY KEY(res, series, bucket)) WITHOUT ROWID;
                """;
            schema.ExecuteNonQuery();
            return new TelemetryRecorder(connection, options, timeProvider ?? TimeProvider.System, logger ?? NullLogger<TelemetryRecorder>.Instance);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>Starts writing every flush interval (and retention every hour).</summary>
    public void Start() => _loop ??= Task.Run(LoopAsync);

    /// <summary>Queues a sample; false (counted) when <see cref="TelemetryRecorderOptions.MaxBufferedSamples"/> are already waiting.</summary>
    public bool Record(in TelemetrySample sample)
    {
        lock (_bufferLock)
        {
            if (_buffer.Count >= _options.MaxBufferedSamples)
            {
                _dropped++;
                return false;
            }

            _buffer.Add(sample);
            return true;
        }
    }

    /// <summary>Writes what is waiting in one transaction; returns how many samples.</summary>
    public int Flush()
    {
        lock (_dbLock)
        {
            lock (_bufferLock)
                (_buffer, _writing) = (_writing, _buffer);
            if (_writing.Count == 0)
                return 0;
            try
            {
                Write(_writing);
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
            Interlocked.Add(ref _written, count);
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
            return new RecorderStatus(bytes, Interlocked.Read(ref _written), buffered, Interlocked.Read(ref _dropped), _series.Count, _lastError);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        if (_loop is { } loop)
            await loop.ConfigureAwait(false);
        try
        {
            Flush();
        }
        catch (SqliteException ex)
        {
            LogFlushFailed(ex);
        }

        lock (_dbLock)
            _connection.Dispose();
        _stopping.Dispose();
    }

    private async Task LoopAsync()
    {
        var token = _stopping.Token;
        while (!token.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(_options.FlushInterval, _time, token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            try
            {
                Flush();
                var now = _time.GetUtcNow().ToUnixTimeMilliseconds();
                if (now - _lastMaintenanceMs >= HourMs)
                {
                    ApplyRetention(_time.GetUtcNow());
                    _lastMaintenanceMs = now;
                }
            }
            catch (SqliteException ex)
            {
                LogFlushFailed(ex);
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
