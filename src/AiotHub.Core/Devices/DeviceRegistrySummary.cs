namespace AiotHub.Core.Devices;

/// <summary>Counts for health pages: cheap, no device snapshots.</summary>
public sealed record DeviceRegistrySummary(int Devices, int Online, int Pending, int PendingCommands, long UnknownDeviceMessages);
