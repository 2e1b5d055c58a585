namespace AiotHub.Core.Devices;

/// <summary>
/// Where a device that has not announced yet goes when it first does: the home (and optionally the room and
/// name) of the pairing code or the provisioning request that gave it its credentials.
/// </summary>
public sealed record DevicePlacement(string HomeId, string? RoomId = null, string? Name = null);
