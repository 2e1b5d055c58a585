namespace AiotHub.Gateway.Apis;

/// <summary>POST /api/v1/homes/{homeId}/scenes/snapshot: a new scene of the devices' current values (all of the home's when no ids).</summary>
internal sealed record SnapshotSceneRequest(string? Name, string? Icon, string? Id, IReadOnlyList<string>? DeviceIds);
