using AiotHub.Core.Devices;

namespace AiotHub.Core.Events;

/// <summary>Data of device-pending: a device announced a change the hub holds (its model stays <see cref="Model"/>) until someone decides.</summary>
public sealed record DevicePendingChange(string Id, string Name, string Model, PendingChange Change);
