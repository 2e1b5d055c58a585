namespace AiotHub.Gateway.Apis;

/// <summary>PATCH /api/v1/homes/{homeId}/rooms/{roomId}: a new name.</summary>
internal sealed record UpdateRoomRequest(string? Name);
