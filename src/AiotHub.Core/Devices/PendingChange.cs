namespace AiotHub.Core.Devices;

/// <summary>
/// What a device announced that differs from its record (another model, or another pinned profile
/// version), held until an owner or member approves or rejects it (docs/mqtt-protocol.md "announce"):
/// the device keeps its model meanwhile. <see cref="Reason"/> says what changed ("model changed from X to Y").
/// </summary>
public sealed record PendingChange(string Model, int? ProfileVersion, string? Firmware, string Reason, DateTimeOffset Since);
