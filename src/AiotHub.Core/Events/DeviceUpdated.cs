using AiotHub.Core.Devices;

namespace AiotHub.Core.Events;

/// <summary>device-updated: a device's name, room, model or status changed.</summary>
[HomeEventType("device-updated")]
public sealed record DeviceUpdated(string Id, string Name, string Model, string? RoomId, DeviceStatus Status, string? PendingReason)
    : DeviceChange(Id, Name, Model, RoomId, Status, PendingReason)
{
    public static DeviceUpdated From(Device device)
    {
        ArgumentNullException.ThrowIfNull(device);
        return new(device.Id, device.Name, device.Model, device.RoomId, device.Status, device.PendingReason);
    }
}
