namespace AiotHub.Core.Devices;

/// <summary>The announce payload (docs/mqtt-protocol.md "announce"): which model, optionally which profile version.</summary>
public sealed record DeviceAnnouncement(string Model, int? ProfileVersion = null, string? Firmware = null, string? Name = null);
