namespace AiotHub.Gateway.Pairing;

/// <summary>
/// An open pairing code as the hub keeps it: everything but the code, of which only the SHA-256 is kept. The
/// device that uses it goes into <see cref="HomeId"/> (and <see cref="RoomId"/>, named <see cref="Name"/>);
/// with <see cref="DeviceId"/> the code re-pairs that existing device and no other.
/// </summary>
internal sealed record PairingCode(
    string Id, string HomeId, string? RoomId, string? Name, string? DeviceId, DateTimeOffset Created, DateTimeOffset Expires, byte[] Hash);
