namespace AiotHub.Gateway.Firmware.Rollouts;

/// <summary>One update the hub tried on a device, newest first in the device's history.</summary>
internal sealed record FirmwareHistoryEntry(
    string ReleaseId, string Version, string? From, string State, int? Progress, int? Code, string? Message, DateTimeOffset Started, DateTimeOffset? Finished);
