namespace AiotHub.Gateway.Backup;

/// <summary>The one backup that may run at a time; disposing it lets the next one start.</summary>
internal sealed class BackupLease(SemaphoreSlim gate) : IDisposable
{
    private int _released;

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _released, 1) == 0)
            gate.Release();
    }
}
