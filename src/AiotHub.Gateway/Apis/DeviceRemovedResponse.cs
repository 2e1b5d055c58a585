using AiotHub.Core.Devices;

namespace AiotHub.Gateway.Apis;

/// <summary>
/// DELETE /api/v1/homes/{homeId}/devices/{deviceId}: what went with the device — its history (kept or
/// purged, and how many rows of recorded history — readings and their aggregates — were deleted), the
/// pending commands that ended, and whether its retained MQTT messages were cleared in the broker.
/// </summary>
internal sealed record DeviceRemovedResponse(string DeviceId, DeviceHistory History, long HistoryRowsDeleted, int CommandsEnded, bool RetainedCleared);
