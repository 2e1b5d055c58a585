namespace AiotHub.Core.Devices.Persistence;

/// <summary>One device as stored: its registry row (with the held change, if any), availability and twin.</summary>
public sealed record StoredDevice(
    string Id,
    string HomeId,
    string? RoomId,
    string Model,
    int? ProfileVersion,
    string Name,
    IReadOnlyList<string> Aliases,
    string? Firmware,
    bool UsesIids,
    DateTimeOffset FirstSeen,
    DateTimeOffset? LastReport,
    DeviceAvailability Availability,
    IReadOnlyList<TwinProperty> Twin,
    long Version = 1,
    bool Accepted = false,
    PendingChange? Pending = null);
