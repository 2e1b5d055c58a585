using AiotHub.Core.Devices.Persistence;
using AiotHub.Core.Persistence;

namespace AiotHub.Gateway.Backup;

/// <summary>
/// Holds the data directory's <see cref="HubDataLock"/> while the hub runs, so <c>aiothub restore</c> refuses to
/// write under a running hub, and a hub does not start while a restore is writing (or another hub runs there).
/// </summary>
internal sealed class HubDataLockService(DeviceStore deviceStore) : IHostedService, IDisposable
{
    private HubDataLock? _lock;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var directory = Path.GetDirectoryName(deviceStore.Path)!;
        _lock = HubDataLock.TryAcquire(directory)
            ?? throw new InvalidOperationException(
                $"Another hub, or `aiothub restore`, is using the data directory {directory} (it holds {HubDataLock.FileName}). Stop it, or give this hub another Devices:DataDirectory.");
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        _lock?.Dispose();
        _lock = null;
    }
}
