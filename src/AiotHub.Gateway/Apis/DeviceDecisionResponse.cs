using AiotHub.Core.Devices;

namespace AiotHub.Gateway.Apis;

/// <summary>
/// POST …/devices/{deviceId}/approve and …/reject: the device after the decision, or — when rejecting
/// a new or unknown-model device removed it — <see cref="Removed"/> and what went with it.
/// </summary>
internal sealed record DeviceDecisionResponse(string DeviceId, string Decision, string Reason, Device? Device, DeviceRemovedResponse? Removed);
