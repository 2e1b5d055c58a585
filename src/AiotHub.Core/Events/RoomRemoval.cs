namespace AiotHub.Core.Events;

/// <summary>Data of room-removed: the room, its version when removed, and the devices that lost it (unassigned, not removed).</summary>
public sealed record RoomRemoval(string Id, string Name, long Version, IReadOnlyList<string> UnassignedDevices);
