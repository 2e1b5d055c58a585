namespace AiotHub.Core.Events;

/// <summary>room-removed: the room, its version when removed, and the devices that lost it (unassigned, not removed).</summary>
[HomeEventType("room-removed")]
public sealed record RoomRemoval(string Id, string Name, long Version, IReadOnlyList<string> UnassignedDevices) : HomeEventData;
