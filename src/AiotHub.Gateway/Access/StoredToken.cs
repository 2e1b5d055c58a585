namespace AiotHub.Gateway.Access;

/// <summary>An API access token as the file keeps it: never the secret, only its SHA-256.</summary>
internal sealed record StoredToken(
    string Id, string Name, byte[] Hash, string GrantsJson, DateTimeOffset Created,
    DateTimeOffset? Expires, DateTimeOffset? LastUsed, DateTimeOffset? Revoked, long Version = 1);
