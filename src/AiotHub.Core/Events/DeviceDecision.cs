namespace AiotHub.Core.Events;

/// <summary>
/// Data of device-approved and device-rejected: the device, the model it has after the decision,
/// what was decided on (<see cref="Reason"/>: the held change's, "new device" or the unknown model),
/// and whether rejecting removed it (a new or unknown-model device; a device-removed follows).
/// </summary>
public sealed record DeviceDecision(string Id, string Name, string Model, int? ProfileVersion, string Reason, bool Removed);
