using AiotHub.Core.Devices;

namespace AiotHub.Core.Events;

/// <summary>
/// device-removed: who the device was, what happened to its history, how many pending
/// commands ended (<see cref="CommandStatus.Offline"/>, "the device was removed"), and the version it
/// was removed at. Listeners (the MQTT identities) revoke what the device held.
/// </summary>
[HomeEventType("device-removed")]
public sealed record DeviceRemoval(string Id, string Name, string Model, string? RoomId, DeviceHistory History, int CommandsEnded, long Version) : HomeEventData;
