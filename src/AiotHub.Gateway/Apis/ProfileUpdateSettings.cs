namespace AiotHub.Gateway.Apis;

/// <summary>
/// GET/PUT /api/v1/homes/{homeId}/profile-updates/settings: whether the home takes new profile versions that
/// pass the compatibility check without its owner accepting each (default false). Null in a request is refused.
/// </summary>
internal sealed record ProfileUpdateSettings(bool? AutoUpdateProfiles);
