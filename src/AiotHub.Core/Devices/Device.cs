namespace AiotHub.Core.Devices;

/// <summary>
/// A snapshot of one device as the registry knows it: identity, placement, onboarding status,
/// availability and twin. <see cref="Staleness"/> is how old its data was when the snapshot was taken.
/// <see cref="Version"/> grows by one per change of its record (name, room, aliases, model, firmware,
/// status, the profile version in use); the live twin and availability change without a new version.
/// <see cref="ProfileVersion"/> is the version the device pinned (null: it follows what its home accepted);
/// <see cref="ActiveProfileVersion"/> the version the hub uses for it (null while pending).
/// </summary>
public sealed record Device(
    string Id,
    string HomeId,
    string? RoomId,
    string Model,
    int? ProfileVersion,
    string? Type,
    string Name,
    IReadOnlyList<string> Aliases,
    string? Firmware,
    DeviceStatus Status,
    string? PendingReason,
    DateTimeOffset FirstSeen,
    DateTimeOffset? LastReport,
    DeviceAvailability Availability,
    IReadOnlyDictionary<string, TwinProperty> Properties,
    DeviceCounters Counters,
    TimeSpan? Staleness,
    long Version = 1,
    int? ActiveProfileVersion = null);
