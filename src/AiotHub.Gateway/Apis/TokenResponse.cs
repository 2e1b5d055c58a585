using AiotHub.Gateway.Access;

namespace AiotHub.Gateway.Apis;

/// <summary>A token as listed: never the secret. Secret is set only in the answer that created it. Namespace: a device-maker's model namespace.</summary>
internal sealed record TokenResponse(
    string Id, string Name, AccessRole Role, string? Namespace, IReadOnlyList<string>? Scenes, DateTimeOffset Created,
    DateTimeOffset? ExpiresAt, DateTimeOffset? LastUsed, DateTimeOffset? Revoked, long Version, string? Secret = null)
{
    public static TokenResponse From(AccessToken token, string homeId, string? secret = null)
    {
        var grant = token.Grants.First(g => g.HomeId == homeId);
        return new TokenResponse(token.Id, token.Name, grant.Role, grant.Namespace, grant.Scenes, token.Created, token.Expires, token.LastUsed, token.Revoked,
            token.Version, secret);
    }
}
