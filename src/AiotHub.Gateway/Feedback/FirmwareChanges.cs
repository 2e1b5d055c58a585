using System.Collections.Concurrent;
using AiotHub.Core.Devices;
using AiotHub.Core.Events;
using AiotHub.Core.Persistence;

namespace AiotHub.Gateway.Feedback;

/// <summary>
/// Since when each device runs the firmware it runs (feedback_firmware in hub.db, one row per device), so the makers'
/// health view counts a device's commands against the firmware that answered them. The feed's handler only notes which
/// firmware changed on the rare events that can change it (added, updated, removed) and returns; <see cref="Catch"/> —
/// called every few seconds by <see cref="FirmwareChangesLoop"/> — writes them. A device the module never saw change has
/// no start (all its retained commands count).
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

    /// <summary>Writes the firmware starts noted since the last call to hub.db (a removed device's row goes).</summary>
    public void Catch()
    {
        foreach (var id in _changed.Keys)
        {
            if (!_changed.TryRemove(id, out _))
                continue;
            (string? Firmware, DateTimeOffset Since) known;
            bool present;
            lock (_sync)
            {
                present = _known.TryGetValue(id, out known);
            }

            if (!present)
                _connection.Execute("DELETE FROM feedback_firmware WHERE device_id = $id", ("$id", id));
            else if (known.Since != DateTimeOffset.MinValue)
                _connection.Execute(
                    "INSERT INTO feedback_firmware(device_id, firmware, since) VALUES($id, $f, $s) ON CONFLICT(device_id) DO UPDATE SET firmware = excluded.firmware, since = excluded.since",
                    ("$id", id), ("$f", known.Firmware), ("$s", ModuleConnection.Ms(known.Since)));
        }
    }

    public void Dispose()
    {
        _registry.Events.Published -= OnPublished;
        _connection.Dispose();
    }

    private void OnPublished(HomeEvent e)
    {
        if (e.DeviceId is not { } id || e.Data is not (DeviceUpdated or DeviceAdded or DeviceRemoval))
            return;
        // Rare events (a device added, renamed, updated, removed): one snapshot of the device, under no lock of ours.
        Device? device = null;
        var present = e.Data is not DeviceRemoval && _registry.TryGetDevice(id, out device);
        var firmware = device?.Firmware;
        lock (_sync)
        {
            if (!present)
                _known.Remove(id);
            else if (!_known.TryGetValue(id, out var known))
                _known[id] = (firmware, DateTimeOffset.MinValue);
            else if (known.Firmware != firmware)
                _known[id] = (firmware, e.Time);
            else
                return;
        }

        // Bounded by the registry's devices: one entry per device until the loop writes it.
        _changed[id] = e.Time;
    }
}
