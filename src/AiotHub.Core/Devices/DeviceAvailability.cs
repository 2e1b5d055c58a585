namespace AiotHub.Core.Devices;

/// <summary>
/// Whether a device is reachable, why not (the device's reason: "last-will", "shutdown", …), since
/// when, and when anything was last heard from it.
/// </summary>
public sealed record DeviceAvailability(AvailabilityState State, string? Reason, DateTimeOffset? Since, DateTimeOffset? LastSeen)
{
    public static DeviceAvailability NeverSeen { get; } = new(AvailabilityState.NeverSeen, "never-seen", null, null);
}
