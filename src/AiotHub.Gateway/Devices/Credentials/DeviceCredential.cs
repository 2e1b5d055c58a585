namespace AiotHub.Gateway.Devices.Credentials;

/// <summary>
/// One device's MQTT credentials as the hub keeps them: the SHA-256 of its secret (never the secret), the
/// SHA-256 thumbprint of its client certificate when it has one, where it goes when it first announces, and
/// when it was created, rotated, revoked and last connected (and from which address).
/// </summary>
internal sealed record DeviceCredential(
    string DeviceId,
    string HomeId,
    string? RoomId,
    string? Name,
    byte[] SecretHash,
    string? CertificateThumbprint,
    DateTimeOffset? CertificateExpires,
    DeviceCredentialOrigin Origin,
    DateTimeOffset Created,
    DateTimeOffset? Rotated,
    DateTimeOffset? Revoked,
    DateTimeOffset? LastConnected,
    string? LastAddress)
{
    public bool IsRevoked => Revoked is not null;
}
