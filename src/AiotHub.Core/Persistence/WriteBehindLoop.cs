namespace AiotHub.Core.Persistence;

/// <summary>
/// A store's write-behind loop with group commit. It calls <c>flush</c> (write everything queued so far, one
/// transaction) every <c>interval</c>, and at once when someone waits in <see cref="WhenDurableAsync"/>: every caller
/// that asked while a flush was running shares the next one, so a thousand waiters cost one transaction, not a
/// thousand. A failed flush is reported to <c>onError</c> and faults the waiters of that flush (the store keeps the
/// batch and retries it with the next one); the loop goes on. <see cref="DisposeAsync"/> stops the loop and flushes once
/// more, completing whoever still waits. The flushes run on the loop's own thread.
/// </summary>
public sealed class WriteBehindLoop : IAsyncDisposable
{
    private readonly Lock _lock = new();
    private readonly Action _flush;
    private readonly Action<Exception>? _onError;
    private readonly AutoResetEvent _wake = new(false);
    private readonly ITimer _timer;
    private readonly Thread _thread;
    private readonly TaskCompletionSource _stopped = NewSource();
    private TaskCompletionSource? _waiters;
    private volatile bool _stopping;
    private bool _disposed;

    /// <param name="flush">Writes everything queued so far; called on one thread at a time.</param>
    /// <param name="interval">How often a flush runs when nobody waits (positive).</param>
    /// <param name="time">Drives the interval.</param>
    /// <param name="onError">A background flush failed (the store retries its batch with the next one).</param>
    /// <param name="name">The writer thread's name, for a debugger or a dump.</param>
    public WriteBehindLoop(Action flush, TimeSpan interval, TimeProvider time, Action<Exception>? onError = null, string name = "AiotHub write-behind")
    {
        ArgumentNullException.ThrowIfNull(flush);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(interval, TimeSpan.Zero);
        _flush = flush;
        _onError = onError;
        // Its own thread, as the broker's store writer has: a flush blocks in fsync, and on a small machine a pool
        // thread blocked there is one the broker's readers and writers wait for.
        _thread = new Thread(Run) { IsBackground = true, Name = name };
        _thread.Start();
        _timer = (time ?? TimeProvider.System).CreateTimer(static state => ((AutoResetEvent)state!).Set(), _wake, interval, interval);
    }

    /// <summary>
    /// Completes once a flush that started after this call has committed — so everything the caller queued before
    /// calling is on disk. Faults when that flush fails, or when the loop has stopped (nothing after the final flush
    /// is promised).
    /// </summary>
    public Task WhenDurableAsync()
    {
        Task task;
        lock (_lock)
        {
            if (_disposed)
                return Task.FromException(new ObjectDisposedException(nameof(WriteBehindLoop)));
            var waiters = _waiters;
            if (waiters is not null)
                return waiters.Task;
            _waiters = waiters = NewSource();
            task = waiters.Task;
            // Under the lock, so a disposal (which takes it first) never finds the event set after it is gone.
            _wake.Set();
        }

        return task;
    }

    /// <summary>Starts a flush now, for a store whose batch is full; nobody waits for it (a failure goes to <c>onError</c>).</summary>
    public void RequestFlush()
    {
        lock (_lock)
        {
            if (!_disposed)
                _wake.Set();
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

        await _timer.DisposeAsync().ConfigureAwait(false);
        _stopping = true;
        _wake.Set();
        await _stopped.Task.ConfigureAwait(false);
        _wake.Dispose();
        // The final flush: whatever was queued, and whoever still waits for it.
        FlushOnce(rethrow: true);
    }

    private void Run()
    {
        try
        {
            while (true)
            {
                _wake.WaitOne();
                if (_stopping)
                    return;
                FlushOnce(rethrow: false);
            }
        }
        finally
        {
            _stopped.TrySetResult();
        }
    }

    private void FlushOnce(bool rethrow)
    {
        TaskCompletionSource? waiters;
        lock (_lock)
            (waiters, _waiters) = (_waiters, null);

        try
        {
            _flush();
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
