namespace AiotHub.Core.Events;

/// <summary>device-rejected: someone refused a new device (removed) or its held change (kept as it was).</summary>
[HomeEventType("device-rejected")]
public sealed record DeviceRejected(string Id, string Name, string Model, int? ProfileVersion, string Reason, bool Removed)
    : DeviceDecision(Id, Name, Model, ProfileVersion, Reason, Removed);
