using AiotHub.Core.Devices;

namespace AiotHub.Core.Events;

/// <summary>What device-added and device-updated carry: who the device is and where it stands (GET the device for its twin).</summary>
public abstract record DeviceChange(string Id, string Name, string Model, string? RoomId, DeviceStatus Status, string? PendingReason) : HomeEventData;
