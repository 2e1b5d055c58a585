namespace AiotHub.Core.Devices.Persistence;

/// <summary>A home's mode as the file keeps it.</summary>
public sealed record StoredHomeMode(string HomeId, string Mode, DateTimeOffset Since, string? Source);
