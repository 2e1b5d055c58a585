using AiotHub.Core.Devices.Persistence;

namespace AiotHub.Core.Devices;

/// <summary>Rebuilding the read model from the store at start.</summary>
public sealed partial class DeviceRegistry
{
    private void Restore(StoredState state)
    {
        var now = Now;
        foreach (var home in state.Homes)
            _homes[home.Id] = home;
        foreach (var room in state.Rooms)
            _rooms[room.Id] = room;
        foreach (var stored in state.Devices)
        {
            var device = new DeviceEntry(stored.Id, stored.HomeId, stored.Model, stored.FirstSeen)
            {
                RoomId = stored.RoomId,
                ProfileVersion = stored.ProfileVersion,
                Name = stored.Name,
                Aliases = [.. stored.Aliases],
                Firmware = stored.Firmware,
                UsesIids = stored.UsesIids,
                Version = stored.Version,
                Accepted = stored.Accepted,
                Pending = stored.Pending,
                LastReport = stored.LastReport,
                // Nobody watched while the hub was down: "online" is a claim the device (or its retained
                // availability, re-read when the bridge subscribes) must make again.
                Availability = stored.Availability.State == AvailabilityState.Online
                    ? new DeviceAvailability(AvailabilityState.Offline, "hub-restarted", now, stored.Availability.LastSeen)
                    : stored.Availability,
            };
            foreach (var twin in stored.Twin)
                device.Twin[twin.Key] = twin;
            Resolve(device);
            _devices[device.Id] = device;
        }

        foreach (var removed in state.RemovedDevices)
            _removed[removed.Id] = removed;

        // A removed device's commands went with it.
        _commands.Restore(state.Commands, id => _devices.TryGetValue(id, out var device) ? device.HomeId : null, now);
    }
}
