using AiotHub.Core.Events;

namespace AiotHub.Core.Devices;

/// <summary>
/// An approve's or reject's outcome: the device after it (as it is when nothing changed; null when
/// not found or removed), what was decided on (<see cref="Reason"/>: the held change's reason, "new
/// device" or the unknown model), and the removal when rejecting a new or unknown-model device removed it.
/// </summary>
public sealed record DeviceDecisionResult(DeviceDecisionOutcome Outcome, Device? Device, DeviceRemoval? Removal = null, string? Reason = null);
