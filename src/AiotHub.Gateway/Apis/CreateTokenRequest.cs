using AiotHub.Gateway.Access;

namespace AiotHub.Gateway.Apis;

/// <summary>POST /api/v1/homes/{homeId}/tokens. Scenes only with role guest (null = every scene).</summary>
internal sealed record CreateTokenRequest(string? Name, AccessRole? Role, IReadOnlyList<string>? Scenes, DateTimeOffset? ExpiresAt);
