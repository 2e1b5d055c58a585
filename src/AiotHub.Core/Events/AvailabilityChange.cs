using AiotHub.Core.Devices;

namespace AiotHub.Core.Events;

/// <summary>Data of availability-changed: the new state, the reason ("last-will", "shutdown", …) and the previous state.</summary>
public sealed record AvailabilityChange(AvailabilityState State, string? Reason, AvailabilityState Previous);
