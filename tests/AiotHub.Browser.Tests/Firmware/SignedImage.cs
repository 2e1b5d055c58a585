namespace AiotHub.Browser.Tests.Firmware;

/// <summary>A release image on disk with its SHA-256 (lowercase hex), the maker's base64 Ed25519 signature and its size.</summary>
internal sealed record SignedImage(string Path, string Sha256, string Signature, int Size);
