namespace AiotHub.Core.Persistence;

/// <summary>
/// A store's write-behind loop with group commit. It calls <c>flush</c> (write everything queued so far, one
/// transaction) every <c>interval</c>, and at once when someone waits in <see cref="WhenDurableAsync"/>: every caller
/// that asked while a flush was running shares the next one, so a thousand waiters cost one transaction, not a
/// thousand. A failed flush is reported to <c>onError</c> and faults the waiters of that flush (the store keeps the
/// batch and retries it with the next one); the loop goes on. <see cref="DisposeAsync"/> stops the loop and flushes once
/// more, completing whoever still waits.
/// </summary>
public sealed class WriteBehindLoop : IAsyncDisposable
{
    private readonly Lock _lock = new();
    private readonly Action _flush;
    private readonly Action<Exception>? _onError;
    private readonly CancellationTokenSource _stop = new();
    private readonly PeriodicTimer _timer;
    private readonly Task _loop;
    private TaskCompletionSource _wake = NewSource();
    private TaskCompletionSource? _waiters;
    private long _flushes;
    private bool _disposed;

    /// <param name="flush">Writes everything queued so far; called on one thread at a time.</param>
    /// <param name="interval">How often a flush runs when nobody waits (positive).</param>
    /// <param name="time">Drives the interval.</param>
    /// <param name="onError">A background flush failed (the store retries its batch with the next one).</param>
    public WriteBehindLoop(Action flush, TimeSpan interval, TimeProvider time, Action<Exception>? onError = null)
    {
        ArgumentNullException.ThrowIfNull(flush);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(interval, TimeSpan.Zero);
        _flush = flush;
        _onError = onError;
        _timer = new PeriodicTimer(interval, time ?? TimeProvider.System);
        _loop = Task.Run(RunAsync);
    }

    /// <summary>Flushes run by the loop so far, timed or asked for (diagnostics and tests).</summary>
    public long Flushes => Interlocked.Read(ref _flushes);

    /// <summary>
    /// Completes once a flush that started after this call has committed — so everything the caller queued before
    /// calling is on disk. Faults when that flush fails, or when the loop has stopped (nothing after the final flush
    /// is promised).
    /// </summary>
    public Task WhenDurableAsync()
    {
        lock (_lock)
        {
            if (_disposed)
                return Task.FromException(new ObjectDisposedException(nameof(WriteBehindLoop)));
            var waiters = _waiters ??= NewSource();
            _wake.TrySetResult();
            return waiters.Task;
        }
    }

    public async ValueTask DisposeAsync()
    {
        lock (_lock)
        {
            if (_disposed)
                return;
            _disposed = true;
        }

        await _stop.CancelAsync().ConfigureAwait(false);
        await _loop.ConfigureAwait(false);
        // The final flush: whatever was queued, and whoever still waits for it.
        FlushOnce(rethrow: true);
        _timer.Dispose();
        _stop.Dispose();
    }

    private async Task RunAsync()
    {
        var tick = _timer.WaitForNextTickAsync(_stop.Token).AsTask();
        try
        {
            while (true)
            {
                Task wake;
                lock (_lock)
                    wake = _wake.Task;
                await Task.WhenAny(tick, wake).ConfigureAwait(false);
                if (tick.IsCompleted)
                {
                    if (!await tick.ConfigureAwait(false))
                        return;
                    tick = _timer.WaitForNextTickAsync(_stop.Token).AsTask();
                }

                FlushOnce(rethrow: false);
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private void FlushOnce(bool rethrow)
    {
        TaskCompletionSource? waiters;
        lock (_lock)
        {
            if (_wake.Task.IsCompleted)
                _wake = NewSource();
            (waiters, _waiters) = (_waiters, null);
        }

        try
        {
            _flush();
            Interlocked.Increment(ref _flushes);
            waiters?.TrySetResult();
        }
        catch (Exception e)
        {
            waiters?.TrySetException(e);
            if (rethrow)
                throw;
            _onError?.Invoke(e);
        }
    }

    private static TaskCompletionSource NewSource() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
