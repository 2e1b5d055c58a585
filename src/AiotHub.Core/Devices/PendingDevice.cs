namespace AiotHub.Core.Devices;

/// <summary>
/// One entry of a home's pending list: the device, why it waits (<see cref="Kind"/>, <see cref="Reason"/>),
/// since when, the held change if any, and the device's version (for If-Match on approve and reject).
/// </summary>
public sealed record PendingDevice(
    string DeviceId,
    string Name,
    PendingDeviceKind Kind,
    string Model,
    int? ProfileVersion,
    string Reason,
    DateTimeOffset Since,
    PendingChange? Change,
    long Version);
