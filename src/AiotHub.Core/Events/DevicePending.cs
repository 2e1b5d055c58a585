using AiotHub.Core.Devices;

namespace AiotHub.Core.Events;

/// <summary>device-pending: a device announced a change the hub holds (its model stays <see cref="Model"/>) until someone decides.</summary>
[HomeEventType("device-pending")]
public sealed record DevicePending(string Id, string Name, string Model, PendingChange Change) : HomeEventData;
