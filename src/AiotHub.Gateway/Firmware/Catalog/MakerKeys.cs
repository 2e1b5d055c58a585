using System.Security.Cryptography;
using NSec.Cryptography;

namespace AiotHub.Gateway.Firmware.Catalog;

/// <summary>
/// Ed25519 keys as makers hand them over, and verifying with them (NSec, over libsodium). A public key is the base64 of
/// its raw 32 bytes, or a PEM "PUBLIC KEY" — what <c>openssl pkey -pubout</c> writes: the 44-byte SubjectPublicKeyInfo
/// of RFC 8410 (OID 1.3.101.112). A signature is the base64 of 64 bytes.
/// </summary>
internal static class MakerKeys
{
    public const int MaxKeyText = 1024;

    // RFC 8410 §4: SEQUENCE { SEQUENCE { OID 1.3.101.112 } BIT STRING (33 bytes, 0 unused bits) } then the 32 key bytes.
    private static readonly byte[] SpkiPrefix = [0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00];

    /// <summary>The raw key from <paramref name="text"/>, or null with the reason in <paramref name="error"/>.</summary>
    public static byte[]? TryParsePublicKey(string? text, out string error)
    {
        error = "";
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "required: the base64 of the raw 32-byte Ed25519 public key, or a PEM PUBLIC KEY";
            return null;
        }

        if (text.Length > MaxKeyText)
        {
            error = $"at most {MaxKeyText} characters";
            return null;
        }

        var trimmed = text.Trim();
        byte[] bytes;
        if (trimmed.StartsWith("-----BEGIN", StringComparison.Ordinal))
        {
            if (!PemEncoding.TryFind(trimmed, out var pem) || trimmed[pem.Label] is not "PUBLIC KEY")
            {
                error = "a PEM block that is not a PUBLIC KEY";
                return null;
            }

            bytes = Convert.FromBase64String(trimmed[pem.Base64Data].ToString());
            if (bytes.Length != SpkiPrefix.Length + 32 || !bytes.AsSpan(0, SpkiPrefix.Length).SequenceEqual(SpkiPrefix))
            {
                error = "a PEM PUBLIC KEY that is not an Ed25519 key (RFC 8410: 44 bytes, OID 1.3.101.112)";
                return null;
            }

            bytes = bytes[SpkiPrefix.Length..];
        }
        else
        {
            bytes = new byte[64];
            if (!Convert.TryFromBase64String(trimmed, bytes, out var length) || length != 32)
            {
                error = "not the base64 of 32 bytes (an Ed25519 public key), nor a PEM PUBLIC KEY";
                return null;
            }

            bytes = bytes[..32];
        }

        if (!PublicKey.TryImport(SignatureAlgorithm.Ed25519, bytes, KeyBlobFormat.RawPublicKey, out _))
        {
            error = "not a valid Ed25519 public key";
            return null;
        }

        return bytes;
    }

    /// <summary><c>SHA256:</c> and the unpadded base64 of the key's SHA-256.</summary>
    public static string Fingerprint(byte[] publicKey) => "SHA256:" + Convert.ToBase64String(SHA256.HashData(publicKey)).TrimEnd('=');

    /// <summary>The 64 signature bytes from base64, or null.</summary>
    public static byte[]? TryParseSignature(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 128)
            return null;
        var bytes = new byte[96];
        return Convert.TryFromBase64String(text.Trim(), bytes, out var length) && length == 64 ? bytes[..64] : null;
    }

    /// <summary>Whether <paramref name="signature"/> is <paramref name="publicKey"/>'s Ed25519 signature of <paramref name="data"/>.</summary>
    public static bool Verify(byte[] publicKey, ReadOnlySpan<byte> data, ReadOnlySpan<byte> signature)
    {
        if (signature.Length != 64
            || !PublicKey.TryImport(SignatureAlgorithm.Ed25519, publicKey, KeyBlobFormat.RawPublicKey, out var key) || key is null)
            return false;
        return SignatureAlgorithm.Ed25519.Verify(key, data, signature);
    }
}
