namespace AiotHub.Gateway.Access;

/// <summary>
/// A token as the hub knows it: everything but the secret, of which only the SHA-256 is kept.
/// <see cref="Version"/> grows by one per change the owner makes (rename, revoke); use does not count.
/// </summary>
internal sealed record AccessToken(
    string Id, string Name, byte[] Hash, IReadOnlyList<AccessGrant> Grants, DateTimeOffset Created,
    DateTimeOffset? Expires, DateTimeOffset? LastUsed, DateTimeOffset? Revoked, long Version = 1)
{
    /// <summary>The role in the home, or null. A device-maker grant names the home whose owner issued it but gives no access to it.</summary>
    public AccessRole? RoleIn(string? homeId) => Grants.FirstOrDefault(g => g.HomeId == homeId && g.HomeId is not null && g.Role != AccessRole.DeviceMaker)?.Role;

    /// <summary>Whether the home's owner lists and revokes this token.</summary>
    public bool IsManagedBy(string homeId) => Grants.Any(g => g.HomeId == homeId);

    public bool IsDeviceMaker => Grants.Any(g => g.Role == AccessRole.DeviceMaker);

    /// <summary>The device-maker grant that holds <paramref name="vendor"/> as its namespace, or null.</summary>
    public AccessGrant? MakerOf(string vendor) =>
        Grants.FirstOrDefault(g => g.Role == AccessRole.DeviceMaker && g.HomeId is not null && g.Namespace == vendor);

    public bool IsOwnerOfAnyHome => Grants.Any(g => g.HomeId is not null && g.Role == AccessRole.Owner);

    public bool IsUsable(DateTimeOffset now) => Revoked is null && (Expires is null || now < Expires);
}
