namespace AiotHub.Core.Devices.Persistence;

/// <summary>Everything <see cref="DeviceStore.Load"/> read back: the registry, the twin, availability, retained commands and removed devices whose history was kept.</summary>
public sealed record StoredState(
    IReadOnlyList<Home> Homes,
    IReadOnlyList<Room> Rooms,
    IReadOnlyList<StoredDevice> Devices,
    IReadOnlyList<DeviceCommand> Commands,
    IReadOnlyList<RemovedDevice> RemovedDevices);
