namespace AiotHub.Core.Events;

/// <summary>
/// What device-approved and device-rejected carry: the device, the model it has after the decision,
/// what was decided on (<see cref="Reason"/>: the held change's, "new device" or the unknown model),
/// and whether rejecting removed it (a new or unknown-model device; a device-removed follows).
/// </summary>
public abstract record DeviceDecision(string Id, string Name, string Model, int? ProfileVersion, string Reason, bool Removed) : HomeEventData;
