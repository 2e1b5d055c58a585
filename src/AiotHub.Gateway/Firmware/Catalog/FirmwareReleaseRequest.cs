namespace AiotHub.Gateway.Firmware.Catalog;

/// <summary>
/// The <c>release</c> part of <c>POST /api/v1/makers/{vendor}/releases</c> (docs/api.md "Firmware"). Every field is
/// checked (<see cref="FirmwareUploads"/>); <see cref="Signature"/> is the maker's Ed25519 signature of
/// <see cref="AiotHub.Core.Firmware.FirmwareSignature.Statement(string, string, string?, long, string)"/>.
/// </summary>
internal sealed record FirmwareReleaseRequest(
    string? Model, string? Version, string? MinVersion, FirmwareNotesRequest? Notes, string? Sha256, long? Size,
    string? KeyId, string? Signature, string? ImageUrl);
