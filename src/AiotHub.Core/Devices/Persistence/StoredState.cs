namespace AiotHub.Core.Devices.Persistence;

/// <summary>Everything <see cref="DeviceStore.Load"/> read back: the registry, the twin, availability and retained commands.</summary>
public sealed record StoredState(
    IReadOnlyList<Home> Homes,
    IReadOnlyList<Room> Rooms,
    IReadOnlyList<StoredDevice> Devices,
    IReadOnlyList<DeviceCommand> Commands);
