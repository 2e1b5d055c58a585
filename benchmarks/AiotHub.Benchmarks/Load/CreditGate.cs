namespace AiotHub.Benchmarks.Load;

/// <summary>
/// Closed-loop pacing: a sender may run at most <c>window</c> messages ahead of what receivers
/// have counted. Without it a QoS 0 flood measures how much a broker can buffer, not how fast it
/// delivers, and the broker that queues without bound looks best until it runs out of memory.
/// The wait times out so a broker that drops messages slows the run rather than stalling it.
/// </summary>
internal sealed class CreditGate(long window, int receiversPerMessage)
{
    private static readonly TimeSpan StallTimeout = TimeSpan.FromMilliseconds(50);
    private readonly Lock _lock = new();
    private long _sent;
    private long _received;
    private TaskCompletionSource? _waiter;

    public long Sent => Volatile.Read(ref _sent);

    public long Received => Volatile.Read(ref _received);

    public async ValueTask WaitForCreditAsync(int batch, CancellationToken cancellationToken)
    {
        Task wait;
        lock (_lock)
        {
            if (HasCredit(batch))
            {
                _sent += batch;
                return;
            }

            _waiter ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            wait = _waiter.Task;
        }

        try
        {
            await wait.WaitAsync(StallTimeout, cancellationToken);
        }
        catch (TimeoutException)
        {
        }

        lock (_lock)
        {
            _sent += batch;
        }
    }

    public void OnReceived(long count)
    {
        TaskCompletionSource? release = null;
        lock (_lock)
        {
            _received += count;
            if (_waiter is not null && HasCredit(0))
            {
                release = _waiter;
                _waiter = null;
            }
        }

        release?.TrySetResult();
    }

    private bool HasCredit(int batch) => (_sent + batch) * receiversPerMessage - _received <= window * receiversPerMessage;
}
