using System.Collections.Concurrent;
using AiotHub.Core.Devices;
using AiotHub.Core.Events;
using AiotHub.Core.Persistence;

namespace AiotHub.Gateway.Feedback;

/// <summary>
/// Since when each device runs the firmware it runs (feedback_firmware in hub.db, one row per device), so the makers'
/// health view counts a device's commands against the firmware that answered them. The feed's handler only notes which
/// device changed (<see cref="HomeEventFeed.Published"/> must return at once); <see cref="Catch"/> — called every few
/// seconds by <see cref="FirmwareChangesLoop"/> and before each health read — compares and writes. A device the module
/// never saw change has no start (all its retained commands count).
/// </summary>
internal sealed class FirmwareChanges : IDisposable
{
    private readonly DeviceRegistry _registry;
    private readonly ModuleConnection _connection;
    private readonly Lock _sync = new();
    private readonly ConcurrentDictionary<string, DateTimeOffset> _changed = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string? Firmware, DateTimeOffset Since)> _known = new(StringComparer.Ordinal);

    public FirmwareChanges(DeviceRegistry registry, string databasePath)
    {
        _registry = registry;
        _connection = ModuleConnection.Open(databasePath, FeedbackSchema.Module, FeedbackSchema.Migrations);
        var devices = registry.ListDevices().ToDictionary(d => d.Id, d => d.Firmware, StringComparer.Ordinal);
        foreach (var (id, firmware, since) in _connection.Query("SELECT device_id, firmware, since FROM feedback_firmware",
            r => (r.GetString(0), r.IsDBNull(1) ? null : r.GetString(1), ModuleConnection.Time(r, 2)!.Value)))
        {
            // A removed device's row, or one whose firmware is no longer what it was, says nothing now.
            if (devices.TryGetValue(id, out var current) && current == firmware)
                _known[id] = (firmware, since);
            else
                _connection.Execute("DELETE FROM feedback_firmware WHERE device_id = $id", ("$id", id));
        }

        foreach (var (id, firmware) in devices)
            _known.TryAdd(id, (firmware, DateTimeOffset.MinValue));
        _registry.Events.Published += OnPublished;
    }

    /// <summary>When the device started running its current firmware, as far as the hub saw; <see cref="DateTimeOffset.MinValue"/> when unknown.</summary>
    public DateTimeOffset Since(string deviceId)
    {
        lock (_sync)
        {
            return _known.TryGetValue(deviceId, out var known) ? known.Since : DateTimeOffset.MinValue;
        }
    }

    /// <summary>Compares the devices that changed since the last call with what was known, and records new firmware.</summary>
    public void Catch()
    {
        foreach (var id in _changed.Keys)
        {
            if (!_changed.TryRemove(id, out var time))
                continue;
            var firmware = _registry.TryGetDevice(id, out var device) ? device.Firmware : null;
            lock (_sync)
            {
                if (device is null)
                {
                    _known.Remove(id);
                    _connection.Execute("DELETE FROM feedback_firmware WHERE device_id = $id", ("$id", id));
                    continue;
                }

                if (_known.TryGetValue(id, out var known) && known.Firmware == firmware)
                    continue;
                var isNew = !_known.ContainsKey(id);
                _known[id] = (firmware, isNew ? DateTimeOffset.MinValue : time);
                if (!isNew)
                    _connection.Execute(
                        "INSERT INTO feedback_firmware(device_id, firmware, since) VALUES($id, $f, $s) ON CONFLICT(device_id) DO UPDATE SET firmware = excluded.firmware, since = excluded.since",
                        ("$id", id), ("$f", firmware), ("$s", ModuleConnection.Ms(time)));
            }
        }
    }

    public void Dispose()
    {
        _registry.Events.Published -= OnPublished;
        _connection.Dispose();
    }

    private void OnPublished(HomeEvent e)
    {
        // Bounded by the registry's devices: one entry per device, the latest time.
        if (e.DeviceId is { } id && e.Data is DeviceUpdated or DeviceAdded or DeviceRemoval)
            _changed[id] = e.Time;
    }
}
