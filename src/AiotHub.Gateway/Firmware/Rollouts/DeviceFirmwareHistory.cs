namespace AiotHub.Gateway.Firmware.Rollouts;

/// <summary>GET …/devices/{deviceId}/firmware: the device's update now, its postponement and refusals, and its history.</summary>
internal sealed record DeviceFirmwareHistory(
    string DeviceId, string Model, string? Firmware, FirmwareUpdateView? Update, DateTimeOffset? PostponedUntil,
    IReadOnlyList<string> Refused, IReadOnlyList<FirmwareHistoryEntry> History);
