namespace AiotHub.Core.Devices;

/// <summary>
/// A device removed with its history kept: enough of it (home, model, the profile version the hub
/// used for it) to answer and authorise history queries by its id. Forgotten when a device with that id announces again, or when newer
/// removals push it out (<see cref="DeviceRegistry.MaxRemovedDevices"/>).
/// </summary>
public sealed record RemovedDevice(string Id, string HomeId, string Model, int? ProfileVersion, string Name, DateTimeOffset Removed);
