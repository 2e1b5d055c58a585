using AiotHub.Gateway.Access;

namespace AiotHub.Gateway.Apis;

/// <summary>
/// POST /api/v1/homes/{homeId}/tokens. Scenes only with role guest (null = every scene). Namespace only, and
/// always, with role device-maker: the vendor id of the models it may upload (<c>acme</c>, or <c>acme.</c>).
/// </summary>
internal sealed record CreateTokenRequest(string? Name, AccessRole? Role, IReadOnlyList<string>? Scenes, DateTimeOffset? ExpiresAt, string? Namespace = null);
