using AiotHub.Core.Profiles;

namespace AiotHub.Automation.Suggestions;

/// <summary>A device of the home as the miner sees it: its id, name, room (id and name) and profile.</summary>
public sealed record MiningDevice(string Id, string Name, string? RoomId, string? RoomName, DeviceProfile Profile);
