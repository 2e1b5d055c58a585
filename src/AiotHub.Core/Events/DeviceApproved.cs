namespace AiotHub.Core.Events;

/// <summary>device-approved: someone accepted a new device or its held change.</summary>
[HomeEventType("device-approved")]
public sealed record DeviceApproved(string Id, string Name, string Model, int? ProfileVersion, string Reason)
    : DeviceDecision(Id, Name, Model, ProfileVersion, Reason, Removed: false);
