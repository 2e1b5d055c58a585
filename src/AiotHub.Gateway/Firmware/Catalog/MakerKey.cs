namespace AiotHub.Gateway.Firmware.Catalog;

/// <summary>
/// A maker's Ed25519 public key (<paramref name="PublicKey"/>: the raw 32 bytes) under its id in the vendor's namespace.
/// <paramref name="Fingerprint"/> is <c>SHA256:</c> and the unpadded base64 of the key's SHA-256, as OpenSSH shows keys.
/// A revoked key verifies nothing any more, and the releases it signed are no longer offered.
/// </summary>
internal sealed record MakerKey(string Vendor, string Id, byte[] PublicKey, string Fingerprint, DateTimeOffset Created, DateTimeOffset? Revoked);
