namespace AiotHub.Gateway.Apis;

/// <summary>The body of POST /api/v1/homes/{homeId}/pairings (every field optional): the new device's name and room, or the existing device to re-pair.</summary>
internal sealed record CreatePairingRequest(string? Name = null, string? RoomId = null, string? DeviceId = null);
