namespace AiotHub.Core.Devices;

/// <summary>Homes besides the default one, and where devices that are expected but not yet announced will go.</summary>
public sealed partial class DeviceRegistry
{
    /// <summary>Expected devices kept at once; the credentials that carry the placement keep it across restarts.</summary>
    public const int MaxPlacements = 100_000;

    private readonly Dictionary<string, DevicePlacement> _placements = new(StringComparer.Ordinal);

    /// <summary>Creates a home (written before returning).</summary>
    public Home CreateHome(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        lock (_sync)
        {
            var home = new Home(NewId("h-"), name.Trim());
            _store?.SaveHome(home);
            _homes.Add(home.Id, home);
            return home;
        }
    }

    /// <summary>
    /// Places <paramref name="deviceId"/> in <paramref name="placement"/>'s home (room, name) when it first announces.
    /// False when the device is already known (it stays where it is), the home does not exist, or too many are expected.
    /// </summary>
    public bool ExpectDevice(string deviceId, DevicePlacement placement)
    {
        ArgumentNullException.ThrowIfNull(placement);
        lock (_sync)
        {
            if (!DeviceIds.IsValid(deviceId) || _devices.ContainsKey(deviceId) || !_homes.ContainsKey(placement.HomeId))
                return false;
            if (!_placements.ContainsKey(deviceId) && _placements.Count >= MaxPlacements)
                return false;
            _placements[deviceId] = placement;
            return true;
        }
    }

    /// <summary>Forgets an expected device (its credentials were revoked before it ever announced).</summary>
    public void ForgetExpectedDevice(string deviceId)
    {
        lock (_sync)
        {
            _placements.Remove(deviceId);
        }
    }

    /// <summary>A new device's entry: in its expected home, room and name, else in the default home.</summary>
    private DeviceEntry CreateEntryLocked(string deviceId, DeviceAnnouncement announcement, DateTimeOffset now)
    {
        _placements.Remove(deviceId, out var placement);
        var homeId = placement is not null && _homes.ContainsKey(placement.HomeId) ? placement.HomeId : DefaultHomeId;
        var device = new DeviceEntry(deviceId, homeId, announcement.Model, now);
        // A placement's name was checked by the API; an announced one is the device's word and may carry anything.
        var name = placement?.Name ?? announcement.Name;
        if (!string.IsNullOrWhiteSpace(name) && DisplayNames.IsVisibleText(name))
            device.Name = DisplayNames.Normalize(name);
        if (placement?.RoomId is { } roomId && _rooms.TryGetValue(roomId, out var room) && room.HomeId == homeId)
            device.RoomId = roomId;
        return device;
    }
}
