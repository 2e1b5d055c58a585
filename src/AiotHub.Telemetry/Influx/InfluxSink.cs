using System.Buffers;
using System.Collections.Concurrent;
using System.Threading.Channels;
using AiotHub.Telemetry.LineProtocol;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;

namespace AiotHub.Telemetry.Influx;

/// <summary>
/// Ships readings to InfluxDB without losing them. <see cref="Add"/> encodes a point into an
/// in-memory batch (no allocation per point); every <see cref="InfluxSinkOptions.FlushInterval"/>,
/// or when a batch is full, batches are committed to the <see cref="InfluxOutbox"/> on disk; a
/// sender takes the oldest batches, in order, and removes them only when the server has them.
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
    private readonly Channel<bool> _flushSignal = Signal();
    private readonly Channel<bool> _sendSignal = Signal();
    private readonly CancellationTokenSource _stopping = new();
    private ArrayBufferWriter<byte> _buffer = new(64 * 1024);
    private int _bufferedPoints;
    private long _bufferOldestMs;
    private Task? _flushLoop;
    private Task? _sendLoop;
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

    /// <summary>Starts the flush and send loops; batches left in the outbox by an earlier run go first.</summary>
    public void Start()
    {
        if (_sendLoop is not null)
            return;
        _flushLoop = Task.Run(FlushLoopAsync);
        _sendLoop = Task.Run(SendLoopAsync);
    }

    /// <summary>Queues one reading; false (and counted as invalid) when line protocol cannot carry it.</summary>
    public bool Add(in TelemetryPoint point)
    {
        lock (_bufferLock)
        {
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

            if (_bufferedPoints++ == 0)
                _bufferOldestMs = _time.GetUtcNow().ToUnixTimeMilliseconds();
            if (_bufferedPoints >= _options.BatchPoints)
            {
                SwapLocked();
                _flushSignal.Writer.TryWrite(true);
            }
        }

        return true;
    }

    /// <summary>Commits what is in memory to the outbox now (the flush loop does this every interval).</summary>
    public void Flush()
    {
        lock (_bufferLock)
        {
            if (_bufferedPoints > 0)
                SwapLocked();
        }

        var appended = false;
        while (_full.TryDequeue(out var batch))
        {
            var dropped = _outbox.Append(batch.Lines.WrittenSpan, batch.Points, batch.OldestMs);
            if (dropped > 0)
                LogDropped(dropped, _options.MaxOutboxPoints);
            batch.Lines.Clear();
            _spare.Add(batch.Lines);
            appended = true;
        }

        if (appended)
            _sendSignal.Writer.TryWrite(true);
    }

    public InfluxSinkStatus Status()
    {
        var oldest = _outbox.OldestQueuedMs();
        var now = _time.GetUtcNow().ToUnixTimeMilliseconds();
        int memoryPoints;
        lock (_bufferLock)
            memoryPoints = _bufferedPoints + _full.Sum(b => b.Points);
        var lastWritten = Interlocked.Read(ref _lastWrittenMs);
        return new InfluxSinkStatus(
            _outbox.Points + memoryPoints,
            oldest is { } o ? TimeSpan.FromMilliseconds(Math.Max(0, now - o)) : null,
            Interlocked.Read(ref _written),
            Interlocked.Read(ref _retried),
            _outbox.Dropped,
            Interlocked.Read(ref _rejected),
            Interlocked.Read(ref _invalid),
            _lastError,
            lastWritten == 0 ? null : DateTimeOffset.FromUnixTimeMilliseconds(lastWritten),
            _circuitOpen);
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        foreach (var loop in new[] { _flushLoop, _sendLoop })
        {
            if (loop is null)
                continue;
            try
            {
                await loop.ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // Stopping.
            }
        }

        // Whatever is still in memory goes to disk: the next start sends it.
        Flush();
        _stopping.Dispose();
    }

    private void SwapLocked()
    {
        _full.Enqueue(new PendingBatch(_buffer, _bufferedPoints, _bufferOldestMs));
        _buffer = _spare.TryTake(out var spare) ? spare : new ArrayBufferWriter<byte>(64 * 1024);
        _bufferedPoints = 0;
    }

    private async Task FlushLoopAsync()
    {
        var token = _stopping.Token;
        while (!token.IsCancellationRequested)
        {
            await WaitAsync(_flushSignal, _options.FlushInterval, token).ConfigureAwait(false);
            if (token.IsCancellationRequested)
                return;

            try
            {
                Flush();
            }
            catch (Exception ex) when (ex is Microsoft.Data.Sqlite.SqliteException or IOException)
            {
                // The points stay in memory and the next round tries again.
                _lastError = "outbox: " + ex.Message;
                LogOutboxFailed(ex);
            }
        }
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
