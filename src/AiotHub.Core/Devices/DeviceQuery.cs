namespace AiotHub.Core.Devices;

/// <summary>Filters for <see cref="DeviceRegistry.ListDevices"/>; null means any.</summary>
public sealed record DeviceQuery(string? HomeId = null, string? RoomId = null, string? Type = null, DeviceStatus? Status = null);
