namespace AiotHub.Core.Devices;

/// <summary>
/// Reads how devices' commands fared from what the registry retains (each device's last
/// <see cref="DeviceRegistryOptions.MaxCommandsPerDevice"/> commands of the last
/// <see cref="DeviceRegistryOptions.CommandRetention"/>, reloaded from hub.db after a restart). The rollout engine uses
/// it for its command rejection + timeout threshold on the devices a stage updated, from the time each was updated;
/// the makers' health view (docs/ota.md "Feedback from homes") for its per-firmware figures. Reads only; takes the
/// registry's command lock briefly per device.
/// </summary>
public sealed class DeviceHealthReader
{
    private readonly DeviceRegistry _registry;

    public DeviceHealthReader(DeviceRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        _registry = registry;
    }

    /// <summary>The device's commands created at or after <paramref name="since"/>; <see cref="CommandHealth.None"/> for an unknown device.</summary>
    public CommandHealth Commands(string deviceId, DateTimeOffset since)
    {
        ArgumentNullException.ThrowIfNull(deviceId);
        var tally = new Tally();
        tally.Add(_registry.ListCommands(deviceId), since);
        return tally.ToHealth();
    }

    /// <summary>The devices' commands together, each device's from its own start (e.g. when it was updated).</summary>
    public CommandHealth Commands(IEnumerable<(string DeviceId, DateTimeOffset Since)> devices)
    {
        ArgumentNullException.ThrowIfNull(devices);
        var tally = new Tally();
        foreach (var (deviceId, since) in devices)
            tally.Add(_registry.ListCommands(deviceId), since);
        return tally.ToHealth();
    }

    private sealed class Tally
    {
        private readonly List<double> _latencies = [];
        private int _applied, _rejected, _timedOut, _offline, _pending;

        public void Add(IReadOnlyList<DeviceCommand> commands, DateTimeOffset since)
        {
            foreach (var command in commands)
            {
                if (command.Created < since)
                    continue;
                switch (command.Status)
                {
                    case CommandStatus.Applied:
                        _applied++;
                        if (command.Latency is { } latency)
                            _latencies.Add(latency.TotalMilliseconds);
                        break;
                    case CommandStatus.Rejected: _rejected++; break;
                    case CommandStatus.TimedOut: _timedOut++; break;
                    case CommandStatus.Offline: _offline++; break;
                    default: _pending++; break;
                }
            }
        }

        public CommandHealth ToHealth() => new(_applied, _rejected, _timedOut, _offline, _pending, Percentile(_latencies, 0.95));
    }

    /// <summary>The nearest-rank percentile (the smallest value with at least <paramref name="p"/> of values at or below it); null for none.</summary>
    public static TimeSpan? Percentile(List<double> milliseconds, double p)
    {
        ArgumentNullException.ThrowIfNull(milliseconds);
        if (milliseconds.Count == 0)
            return null;
        milliseconds.Sort();
        var rank = (int)Math.Ceiling(p * milliseconds.Count);
        return TimeSpan.FromMilliseconds(milliseconds[Math.Clamp(rank, 1, milliseconds.Count) - 1]);
    }
}
