using AiotHub.Core.Devices;

namespace AiotHub.Core.Events;

/// <summary>Data of device-added and device-updated: who the device is and where it stands (GET the device for its twin).</summary>
public sealed record DeviceChange(string Id, string Name, string Model, string? RoomId, DeviceStatus Status, string? PendingReason)
{
    public static DeviceChange From(Device device)
    {
        ArgumentNullException.ThrowIfNull(device);
        return new(device.Id, device.Name, device.Model, device.RoomId, device.Status, device.PendingReason);
    }
}
