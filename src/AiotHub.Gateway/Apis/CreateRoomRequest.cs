namespace AiotHub.Gateway.Apis;

/// <summary>POST /api/v1/homes/{homeId}/rooms.</summary>
internal sealed record CreateRoomRequest(string? Name);
