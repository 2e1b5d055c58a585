using AiotHub.Core.Profiles;

namespace AiotHub.Simulators.Households;

/// <summary>A device of a generated household: id, name, room and profile.</summary>
public sealed record HouseholdDevice(string Id, string Name, string RoomId, string RoomName, DeviceProfile Profile);
