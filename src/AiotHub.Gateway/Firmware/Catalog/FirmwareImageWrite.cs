namespace AiotHub.Gateway.Firmware.Catalog;

/// <summary>
/// An image written to a temporary file by <see cref="FirmwareImages.WriteAsync"/>: its length and SHA-256 (lowercase
/// hex), or <see cref="TooLarge"/> (nothing kept) when the source went past the limit.
/// </summary>
internal sealed record FirmwareImageWrite(string? TempPath, long Length, string Sha256, bool TooLarge);
