using System.Buffers;
using System.Collections.Concurrent;
using System.Threading.Channels;
using AiotHub.Core.Persistence;
using AiotHub.Telemetry.LineProtocol;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;

namespace AiotHub.Telemetry.Influx;

/// <summary>
/// Ships readings to InfluxDB without losing them. <see cref="Add"/> encodes a point into an
/// in-memory batch (no allocation per point); a <see cref="WriteBehindLoop"/> commits every batch
/// waiting to the <see cref="InfluxOutbox"/> on disk in one transaction — every
/// <see cref="InfluxSinkOptions.FlushInterval"/>, when a batch is full, and at once for whoever waits in
/// <see cref="WhenDurableAsync"/> (waiters meanwhile share one commit); a sender takes the oldest
/// batches from the outbox, in order, and removes them only when the server has them.
/// Failures are classified (<see cref="InfluxWriteOutcome"/>): retryable ones are retried with
/// exponential backoff and jitter, or after the server's Retry-After, inside a circuit breaker
/// (Polly); a batch the server refuses (400) is set aside with the server's message, never
/// retried; a misconfiguration (401/403/404/413) holds everything until it is fixed. Disposing
/// commits what is still in memory, so a graceful restart loses nothing either.
/// </summary>
public sealed partial class InfluxSink : IAsyncDisposable
{
    private readonly Lock _bufferLock = new();
    private readonly InfluxSinkOptions _options;
    private readonly InfluxOutbox _outbox;
    private readonly InfluxWriteClient _client;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly LineProtocolWriter _writer;
    private readonly ResiliencePipeline<InfluxWriteResult> _pipeline;
    private readonly ConcurrentQueue<PendingBatch> _full = new();
    private readonly ConcurrentBag<ArrayBufferWriter<byte>> _spare = [];
    private readonly Lock _flushLock = new();
    private readonly Channel<bool> _sendSignal = Signal();
    private readonly List<PendingBatch> _appending = [];
    private readonly CancellationTokenSource _stopping = new();
    private ArrayBufferWriter<byte> _buffer = new(64 * 1024);
    private int _bufferedPoints;
    private long _bufferOldestMs;
    private long _memoryPoints;
    private DropFence _fence;
    private WriteBehindLoop? _durable;
    private Task? _sendLoop;
    private long _droppedInMemory;
    private bool _disposed;
    private long _written;
    private long _retried;
    private long _rejected;
    private long _invalid;
    private volatile string? _lastError;
    private long _lastWrittenMs;
    private volatile bool _circuitOpen;

    public InfluxSink(InfluxSinkOptions options, InfluxOutbox outbox, HttpClient http, TimeProvider? timeProvider = null, ILogger<InfluxSink>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(outbox);
        _options = options;
        _outbox = outbox;
        _client = new InfluxWriteClient(http, options);
        _time = timeProvider ?? TimeProvider.System;
        _logger = logger ?? NullLogger<InfluxSink>.Instance;
        _writer = new LineProtocolWriter(options.Precision);
        _pipeline = BuildPipeline();
    }

    private sealed record PendingBatch(ArrayBufferWriter<byte> Lines, int Points, long OldestMs);

    /// <summary>Starts the write-behind loop into the outbox and the sender; batches left in the outbox by an earlier run go first.</summary>
    public void Start()
    {
        lock (_bufferLock)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_sendLoop is not null)
                return;
            _durable = new WriteBehindLoop(Flush, _options.FlushInterval, _time, OnFlushFailed, "AiotHub export outbox writer");
            _sendLoop = Task.Run(SendLoopAsync);
        }
    }

    /// <summary>
    /// Queues one reading; false when line protocol cannot carry it (counted as invalid), or when
    /// <see cref="InfluxSinkOptions.MaxBufferedPoints"/> already wait in memory for the outbox (the outbox's disk is
    /// failing; counted as dropped, and <see cref="WhenDurableAsync"/> faults until two commits have gone through).
    /// </summary>
    public bool Add(in TelemetryPoint point)
    {
        var full = false;
        lock (_bufferLock)
        {
            if (_memoryPoints >= _options.MaxBufferedPoints)
            {
                _droppedInMemory++;
                _fence.Dropped();
                return false;
            }

            try
            {
                _writer.Measurement(point.Service).Tag("device", point.DeviceId).Tag("home", point.HomeId).Tag("model", point.Model)
                    .Tag("room", point.RoomId);
                var value = point.Value;
                _ = value.Kind switch
                {
                    TelemetryValueKind.Float => _writer.Field(point.Property, value.Number),
                    TelemetryValueKind.Integer => _writer.Field(point.Property, value.Integer),
                    TelemetryValueKind.Boolean => _writer.Field(point.Property, value.Boolean),
                    _ => _writer.Field(point.Property, value.Text),
                };
                _writer.EndLine(_buffer, point.Time);
            }
            catch (LineProtocolException ex)
            {
                Interlocked.Increment(ref _invalid);
                LogInvalidPoint(point.DeviceId, point.Property, ex.Message);
                return false;
            }

            _memoryPoints++;
            if (_bufferedPoints++ == 0)
                _bufferOldestMs = _time.GetUtcNow().ToUnixTimeMilliseconds();
            if (_bufferedPoints >= _options.BatchPoints)
            {
                SwapLocked();
                full = true;
            }
        }

        // A full batch goes to disk without waiting for the interval.
        if (full)
            _durable?.RequestFlush();

        return true;
    }

    /// <summary>
    /// Completes once every point added before the call is in the outbox on disk (committed by a flush that started
    /// after the call, shared with whoever else waits) — from there it is sent, and removed only once the server
    /// accepted it. Faults when that commit fails, when a point was dropped at the memory bound since the barrier last
    /// held (<see cref="TelemetryDroppedException"/>), or after disposal.
    /// </summary>
    public Task WhenDurableAsync()
    {
        WriteBehindLoop? durable;
        lock (_bufferLock)
        {
            if (_fence.Raised)
                return Task.FromException(new TelemetryDroppedException("the InfluxDB sink's memory is full: points were dropped before reaching the outbox"));
            if (_disposed)
                return Task.FromException(new ObjectDisposedException(nameof(InfluxSink)));
            durable = _durable;
        }

        if (durable is not null)
            return durable.WhenDurableAsync();
        try
        {
            // Not started: the caller's own thread commits.
            Flush();
            return Task.CompletedTask;
        }
        catch (Exception ex) when (ex is Microsoft.Data.Sqlite.SqliteException or IOException or TelemetryDroppedException)
        {
            return Task.FromException(ex);
        }
    }

    /// <summary>
    /// Commits everything in memory to the outbox now, in one transaction (the write-behind loop calls this every
    /// interval and for waiters). On failure the points stay in memory, in order, for the next flush.
    /// </summary>
    public void Flush()
    {
        lock (_flushLock)
        {
            long generation;
            lock (_bufferLock)
            {
                if (_bufferedPoints > 0)
                    SwapLocked();
                generation = _fence.Swap();
            }

            _appending.Clear();
            _appending.AddRange(_full);
            if (_appending.Count == 0)
            {
                lock (_bufferLock)
                    _fence.Committed(generation);
                return;
            }

            var before = _outbox.Points;
            var dropped = _outbox.Append(_appending.Select(static b => new OutboxAppend(b.Lines.WrittenMemory, b.Points, b.OldestMs)));
            var points = 0;
            foreach (var batch in _appending)
            {
                _full.TryDequeue(out _);
                points += batch.Points;
                batch.Lines.Clear();
                _spare.Add(batch.Lines);
            }

            lock (_bufferLock)
            {
                _memoryPoints -= points;
                _fence.Committed(generation);
            }

            _appending.Clear();
            _sendSignal.Writer.TryWrite(true);
            if (dropped > 0)
            {
                LogDropped(dropped, _options.MaxOutboxPoints);
                // The bound took points of this very commit (a bound smaller than one flush): its waiters were not kept.
                if (dropped > before)
                    throw new TelemetryDroppedException($"the outbox bound ({_options.MaxOutboxPoints} points) dropped points of the batch just committed");
            }
        }
    }

    public InfluxSinkStatus Status()
    {
        var oldest = _outbox.OldestQueuedMs();
        var now = _time.GetUtcNow().ToUnixTimeMilliseconds();
        long memoryPoints;
        long droppedInMemory;
        lock (_bufferLock)
            (memoryPoints, droppedInMemory) = (_memoryPoints, _droppedInMemory);
        var lastWritten = Interlocked.Read(ref _lastWrittenMs);
        return new InfluxSinkStatus(
            _outbox.Points + memoryPoints,
            oldest is { } o ? TimeSpan.FromMilliseconds(Math.Max(0, now - o)) : null,
            Interlocked.Read(ref _written),
            Interlocked.Read(ref _retried),
            _outbox.Dropped + droppedInMemory,
            Interlocked.Read(ref _rejected),
            Interlocked.Read(ref _invalid),
            _lastError,
            lastWritten == 0 ? null : DateTimeOffset.FromUnixTimeMilliseconds(lastWritten),
            _circuitOpen);
    }

    public async ValueTask DisposeAsync()
    {
        WriteBehindLoop? durable;
        lock (_bufferLock)
        {
            if (_disposed)
                return;
            _disposed = true;
            durable = _durable;
        }

        await _stopping.CancelAsync().ConfigureAwait(false);
        if (_sendLoop is { } loop)
        {
            try
            {
                await loop.ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // Stopping.
            }
        }

        // Whatever is still in memory goes to disk (the loop's final flush completes whoever still waits): the next
        // start sends it.
        try
        {
            if (durable is not null)
                await durable.DisposeAsync().ConfigureAwait(false);
            else
                Flush();
        }
        catch (Exception ex) when (ex is Microsoft.Data.Sqlite.SqliteException or IOException or TelemetryDroppedException)
        {
            OnFlushFailed(ex);
        }

        _stopping.Dispose();
    }

    private void SwapLocked()
    {
        _full.Enqueue(new PendingBatch(_buffer, _bufferedPoints, _bufferOldestMs));
        _buffer = _spare.TryTake(out var spare) ? spare : new ArrayBufferWriter<byte>(64 * 1024);
        _bufferedPoints = 0;
    }

    private void OnFlushFailed(Exception ex)
    {
        // The points stay in memory and the next flush tries again.
        _lastError = "outbox: " + ex.Message;
        LogOutboxFailed(ex);
    }

    private async Task SendLoopAsync()
    {
        var token = _stopping.Token;
        var body = new ArrayBufferWriter<byte>(256 * 1024);
        while (!token.IsCancellationRequested)
        {
            var batches = _outbox.Peek(_options.BatchPoints);
            if (batches.Count == 0)
            {
                await WaitAsync(_sendSignal, _options.FlushInterval, token).ConfigureAwait(false);
                continue;
            }

            ReadOnlyMemory<byte> lines;
            if (batches.Count == 1)
            {
                lines = batches[0].Body;
            }
            else
            {
                body.Clear();
                foreach (var batch in batches)
                    body.Write(batch.Body.Span);
                lines = body.WrittenMemory;
            }

            var points = batches.Sum(b => b.Points);
            InfluxWriteResult result;
            try
            {
                result = await _pipeline.ExecuteAsync(static (state, ct) => new ValueTask<InfluxWriteResult>(state.Client.WriteAsync(state.Lines, ct)),
                    (Client: _client, Lines: lines), token).ConfigureAwait(false);
            }
            catch (BrokenCircuitException ex)
            {
                _circuitOpen = true;
                await DelayAsync(ex.RetryAfter ?? _options.BreakDuration, token).ConfigureAwait(false);
                continue;
            }
            catch (OperationCanceledException)
            {
                return;
            }

            switch (result.Outcome)
            {
                case InfluxWriteOutcome.Written:
                    _outbox.Remove(batches);
                    Interlocked.Add(ref _written, points);
                    Interlocked.Exchange(ref _lastWrittenMs, _time.GetUtcNow().ToUnixTimeMilliseconds());
                    _lastError = null;
                    _circuitOpen = false;
                    break;
                case InfluxWriteOutcome.Rejected:
                    _outbox.Reject(batches, result.Status, result.Message, _time.GetUtcNow().ToUnixTimeMilliseconds());
                    Interlocked.Add(ref _rejected, points);
                    _lastError = $"HTTP {result.Status}: {result.Message}";
                    LogRejected(points, result.Status, result.Message);
                    break;
                case InfluxWriteOutcome.Misconfigured:
                    _lastError = $"HTTP {result.Status}: {result.Message}";
                    LogMisconfigured(result.Status, result.Message, _options.BreakDuration);
                    await DelayAsync(_options.BreakDuration, token).ConfigureAwait(false);
                    break;
                default:
                    // Retries exhausted: the batch stays first in line; the breaker decides when to try again.
                    _lastError = result.Status == 0 ? result.Message : $"HTTP {result.Status}: {result.Message}";
                    await DelayAsync(_options.MaxRetryDelay, token).ConfigureAwait(false);
                    break;
            }
        }
    }

    /// <summary>A wake-up that coalesces: many signals before a wait wake it once.</summary>
    private static Channel<bool> Signal() =>
        Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    /// <summary>Waits for the signal or the timeout (on the TimeProvider, so tests drive it), whichever comes first.</summary>
    private async Task WaitAsync(Channel<bool> signal, TimeSpan timeout, CancellationToken token)
    {
        if (signal.Reader.TryRead(out _))
            return;
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(token);
        var delay = Task.Delay(timeout, _time, wait.Token);
        var woken = signal.Reader.WaitToReadAsync(wait.Token).AsTask();
        await Task.WhenAny(delay, woken).ConfigureAwait(false);
        await wait.CancelAsync().ConfigureAwait(false);
        signal.Reader.TryRead(out _);
    }

    private async Task DelayAsync(TimeSpan delay, CancellationToken token)
    {
        try
        {
            await Task.Delay(delay, _time, token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
    }

    private ResiliencePipeline<InfluxWriteResult> BuildPipeline()
    {
        static ValueTask<bool> Retryable(Outcome<InfluxWriteResult> outcome) =>
            ValueTask.FromResult(outcome.Result?.Outcome == InfluxWriteOutcome.Retryable);

        var builder = new ResiliencePipelineBuilder<InfluxWriteResult> { TimeProvider = _time };
        builder.AddCircuitBreaker(new CircuitBreakerStrategyOptions<InfluxWriteResult>
        {
            ShouldHandle = args => Retryable(args.Outcome),
            FailureRatio = 1.0,
            MinimumThroughput = Math.Max(2, _options.BreakAfterFailures),
            SamplingDuration = _options.BreakDuration * 4,
            BreakDuration = _options.BreakDuration,
            OnOpened = args =>
            {
                _circuitOpen = true;
                LogCircuitOpened(args.BreakDuration);
                return ValueTask.CompletedTask;
            },
            OnClosed = _ =>
            {
                _circuitOpen = false;
                return ValueTask.CompletedTask;
            },
        });
        if (_options.RetryAttempts > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<InfluxWriteResult>
            {
                ShouldHandle = args => Retryable(args.Outcome),
                MaxRetryAttempts = _options.RetryAttempts,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = _options.RetryBaseDelay,
                MaxDelay = _options.MaxRetryDelay,
                // The server knows best how long it needs: Retry-After wins over the backoff (capped).
                DelayGenerator = args => ValueTask.FromResult(args.Outcome.Result?.RetryAfter is { } after
                    ? (TimeSpan?)(after < _options.MaxRetryDelay ? after : _options.MaxRetryDelay)
                    : null),
                OnRetry = args =>
                {
                    Interlocked.Increment(ref _retried);
                    if (args.Outcome.Result is { } failed)
                        _lastError = failed.Status == 0 ? failed.Message : $"HTTP {failed.Status}: {failed.Message}";
                    LogRetrying(args.AttemptNumber + 1, args.Outcome.Result?.Status ?? 0, args.Outcome.Result?.Message ?? "", args.RetryDelay);
                    return ValueTask.CompletedTask;
                },
            });
        }

        return builder.Build();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "InfluxDB write failed (attempt {Attempt}, HTTP {Status}: {Message}); retrying in {Delay}")]
    private partial void LogRetrying(int attempt, int status, string message, TimeSpan delay);

    [LoggerMessage(Level = LogLevel.Warning, Message = "InfluxDB unreachable: the circuit is open for {Duration}; points keep queueing in the outbox")]
    private partial void LogCircuitOpened(TimeSpan duration);

    [LoggerMessage(Level = LogLevel.Error, Message = "InfluxDB refused {Points} points (HTTP {Status}: {Message}); they are set aside in the outbox's rejected table and not retried")]
    private partial void LogRejected(int points, int status, string message);

    [LoggerMessage(Level = LogLevel.Error, Message = "InfluxDB answered HTTP {Status}: {Message}. Check Telemetry:Influx settings; points keep queueing, next try in {Delay}")]
    private partial void LogMisconfigured(int status, string message, TimeSpan delay);

    [LoggerMessage(Level = LogLevel.Warning, Message = "the telemetry outbox is full ({Max} points): dropped the oldest {Dropped}")]
    private partial void LogDropped(long dropped, long max);

    [LoggerMessage(Level = LogLevel.Warning, Message = "a reading of {DeviceId} {Property} cannot be written as line protocol: {Reason}")]
    private partial void LogInvalidPoint(string deviceId, string property, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "the telemetry outbox could not be written; points stay in memory")]
    private partial void LogOutboxFailed(Exception exception);
}
