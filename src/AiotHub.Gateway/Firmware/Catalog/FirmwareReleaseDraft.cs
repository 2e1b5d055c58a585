using AiotHub.Core.Firmware;

namespace AiotHub.Gateway.Firmware.Catalog;

/// <summary>A release request whose fields are valid and whose signature verified; the image is still to be checked.</summary>
internal sealed record FirmwareReleaseDraft(
    string Vendor, string Model, string Version, string? MinVersion, long Size, string Sha256, FirmwareNotes Notes,
    string KeyId, string Signature, string? ImageUrl);
