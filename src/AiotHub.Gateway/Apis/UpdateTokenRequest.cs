namespace AiotHub.Gateway.Apis;

/// <summary>PATCH /api/v1/homes/{homeId}/tokens/{tokenId}: a new name (role and scenes are fixed: create another token).</summary>
internal sealed record UpdateTokenRequest(string? Name);
