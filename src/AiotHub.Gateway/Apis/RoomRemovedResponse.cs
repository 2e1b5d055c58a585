namespace AiotHub.Gateway.Apis;

/// <summary>
/// DELETE /api/v1/homes/{homeId}/rooms/{roomId}: the room that went, and the devices that were in it —
/// still in the home, without a room (<see cref="Detail"/> says so in words).
/// </summary>
internal sealed record RoomRemovedResponse(string Id, string Name, IReadOnlyList<string> UnassignedDevices, string Detail);
