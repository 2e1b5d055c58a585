using AiotHub.Core.Events;

namespace AiotHub.Core.Devices;

/// <summary>Removing devices and rooms (docs/api.md "Removing a device", "Homes and rooms").</summary>
public sealed partial class DeviceRegistry
{
    /// <summary>Removed devices whose history was kept that the registry remembers; older ones are forgotten first.</summary>
    public const int MaxRemovedDevices = 10_000;

    /// <summary>
    /// Removes the device when <paramref name="precondition"/> accepts its version: its pending
    /// commands end first (<see cref="CommandStatus.Offline"/>, "the device was removed", released to
    /// their waiters), then it is gone from the registry and hub.db (record, aliases, twin,
    /// availability, commands) before this returns, and device-removed is raised. With
    /// <see cref="DeviceHistory.Keep"/> the registry remembers it (<see cref="TryGetRemovedDevice"/>).
    /// Recorded telemetry and retained MQTT messages live elsewhere: the caller clears them.
    /// On <see cref="EditOutcome.PreconditionFailed"/> nothing changed and the value names the current version.
    /// </summary>
    public EditResult<DeviceRemoval> RemoveDevice(string homeId, string deviceId, DeviceHistory history, Func<long, bool>? precondition = null)
    {
        var now = Now;
        try
        {
            lock (_sync)
            {
                if (!_devices.TryGetValue(deviceId, out var device) || device.HomeId != homeId)
                    return new EditResult<DeviceRemoval>(EditOutcome.NotFound, null);
                if (precondition is not null && !precondition(device.Version))
                {
                    return new EditResult<DeviceRemoval>(EditOutcome.PreconditionFailed,
                        new DeviceRemoval(device.Id, device.Name, device.Model, device.RoomId, history, 0, device.Version));
                }

                return new EditResult<DeviceRemoval>(EditOutcome.Applied, RemoveLocked(device, history, now));
            }
        }
        finally
        {
            PublishRaised();
        }
    }

    /// <summary>A removed device whose history was kept, while the registry remembers it.</summary>
    public bool TryGetRemovedDevice(string deviceId, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out RemovedDevice? removed)
    {
        lock (_sync)
        {
            return _removed.TryGetValue(deviceId, out removed);
        }
    }

    /// <summary>
    /// Removes a room when <paramref name="precondition"/> accepts its version: its devices stay, without
    /// a room (still accepted, so still active), each raising device-updated; then room-removed. Written
    /// in one transaction before returning.
    /// </summary>
    public EditResult<RoomRemoval> RemoveRoom(string homeId, string roomId, Func<long, bool>? precondition = null)
    {
        var now = Now;
        try
        {
            lock (_sync)
            {
                if (!_rooms.TryGetValue(roomId, out var room) || room.HomeId != homeId)
                    return new EditResult<RoomRemoval>(EditOutcome.NotFound, null);
                var devices = _devices.Values.Where(d => d.RoomId == roomId).OrderBy(d => d.Id, StringComparer.Ordinal).ToList();
                var removal = new RoomRemoval(room.Id, room.Name, room.Version, [.. devices.Select(d => d.Id)]);
                if (precondition is not null && !precondition(room.Version))
                    return new EditResult<RoomRemoval>(EditOutcome.PreconditionFailed, removal);

                var snapshots = new List<Device>(devices.Count);
                foreach (var device in devices)
                {
                    device.RoomId = null;
                    device.Accepted = true;
                    Resolve(device);
                    device.Version++;
                    snapshots.Add(device.ToDevice(now));
                }

                _store?.DeleteRoom(roomId, snapshots);
                _rooms.Remove(roomId);
                foreach (var snapshot in snapshots)
                    RaiseLocked(_devices[snapshot.Id], DeviceUpdated.From(snapshot), now);
                RaiseLocked(homeId, null, removal, now);
                return new EditResult<RoomRemoval>(EditOutcome.Applied, removal);
            }
        }
        finally
        {
            PublishRaised();
        }
    }

    private DeviceRemoval RemoveLocked(DeviceEntry device, DeviceHistory history, DateTimeOffset now)
    {
        // Its pending commands' replies can no longer be accepted: they end now, with the reason, for whoever waits.
        var ended = _commands.Forget(device.Id, now);
        _devices.Remove(device.Id);
        _earlyAvailability.Remove(device.Id);

        RemovedDevice? kept = null;
        if (history == DeviceHistory.Keep)
        {
            kept = new RemovedDevice(device.Id, device.HomeId, device.Model, device.Profile?.Version ?? device.ProfileVersion, device.Name, now);
            _removed[device.Id] = kept;
        }
        else
        {
            _removed.Remove(device.Id);
        }

        _store?.DeleteDevice(device.Id, kept);
        if (_removed.Count > MaxRemovedDevices)
        {
            var oldest = _removed.Values.MinBy(r => r.Removed)!;
            _removed.Remove(oldest.Id);
            _store?.ForgetRemovedDevice(oldest.Id);
        }

        var removal = new DeviceRemoval(device.Id, device.Name, device.Model, device.RoomId, history, ended, device.Version);
        RaiseLocked(device, removal, now);
        return removal;
    }
}
