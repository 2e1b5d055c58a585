namespace AiotHub.Gateway.Devices;

/// <summary>
/// What a device's QoS 1/2 message waits for before the bus acknowledges it: every store that keeps something from
/// it — the registry's twin, availability and command outcomes (DeviceStore), and, once telemetry has started, the
/// recorder's rows and the export outbox — has committed what it queued (docs/gateway.md "What is stored, and when").
/// Each store group-commits, so the devices waiting at one moment share one write per store.
/// </summary>
internal sealed class DeviceMessageDurability
{
    private readonly Lock _lock = new();
    private Func<Task>[] _stores = [];

    /// <summary>Adds a store's barrier: a task that completes once everything it queued before the call is on disk.</summary>
    public void Add(Func<Task> whenDurable)
    {
        ArgumentNullException.ThrowIfNull(whenDurable);
        lock (_lock)
            _stores = [.. _stores, whenDurable];
    }

    public void Remove(Func<Task> whenDurable)
    {
        lock (_lock)
            _stores = [.. _stores.Where(s => s != whenDurable)];
    }

    /// <summary>Completes once every store has committed what was queued before the call; faults if one failed.</summary>
    public Task WhenDurableAsync()
    {
        var stores = Volatile.Read(ref _stores);
        switch (stores.Length)
        {
            case 0:
                return Task.CompletedTask;
            case 1:
                return stores[0]();
            default:
                var tasks = new Task[stores.Length];
                for (var i = 0; i < stores.Length; i++)
                    tasks[i] = stores[i]();
                return Task.WhenAll(tasks);
        }
    }
}
