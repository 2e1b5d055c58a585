using AiotHub.Core.Devices;

namespace AiotHub.Core.Events;

/// <summary>availability-changed: the new state, the reason ("last-will", "shutdown", …) and the previous state.</summary>
[HomeEventType("availability-changed")]
public sealed record AvailabilityChanged(AvailabilityState State, string? Reason, AvailabilityState Previous) : HomeEventData;
