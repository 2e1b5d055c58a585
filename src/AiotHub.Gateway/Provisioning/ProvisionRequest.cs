namespace AiotHub.Gateway.Provisioning;

/// <summary>The body of POST /api/v1/homes/{homeId}/devices/provision.</summary>
internal sealed record ProvisionRequest(IReadOnlyList<ProvisionDevice>? Devices);
