namespace AiotHub.Gateway.Firmware.Catalog;

/// <summary>A maker key as the API shows it: the public key (base64 of the raw 32 bytes), its fingerprint, when it was registered and revoked.</summary>
internal sealed record MakerKeyResponse(string Id, string Fingerprint, string PublicKey, DateTimeOffset Created, DateTimeOffset? Revoked)
{
    public static MakerKeyResponse From(MakerKey key) => new(key.Id, key.Fingerprint, Convert.ToBase64String(key.PublicKey), key.Created, key.Revoked);
}
