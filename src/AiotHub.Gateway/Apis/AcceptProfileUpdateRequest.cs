namespace AiotHub.Gateway.Apis;

/// <summary>
/// POST /api/v1/homes/{homeId}/profile-updates/{model}: the version the home's unpinned devices of the model
/// should use. <see cref="AllowBreaking"/> must be true to accept a version that removes or narrows what they use.
/// </summary>
internal sealed record AcceptProfileUpdateRequest(int? Version, bool? AllowBreaking);
