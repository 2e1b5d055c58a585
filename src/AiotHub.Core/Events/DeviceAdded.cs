using AiotHub.Core.Devices;

namespace AiotHub.Core.Events;

/// <summary>device-added: a device announced itself for the first time.</summary>
[HomeEventType("device-added")]
public sealed record DeviceAdded(string Id, string Name, string Model, string? RoomId, DeviceStatus Status, string? PendingReason)
    : DeviceChange(Id, Name, Model, RoomId, Status, PendingReason)
{
    public static DeviceAdded From(Device device)
    {
        ArgumentNullException.ThrowIfNull(device);
        return new(device.Id, device.Name, device.Model, device.RoomId, device.Status, device.PendingReason);
    }
}
