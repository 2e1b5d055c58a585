namespace AiotHub.Core.Firmware;

/// <summary>
/// One firmware release of one model in a maker's catalogue (docs/ota.md "The catalogue"), as the hub holds it once
/// the signature and the image's hash have been verified: nothing unverified is ever a release.
/// </summary>
/// <param name="Id">The hub's id of the release (url-safe, unique in the hub).</param>
/// <param name="Model">The profile model id, in the maker's namespace (<c>acme.light.bulb1</c>).</param>
/// <param name="Version">The version the device will announce after the update (<see cref="FirmwareVersion"/>).</param>
/// <param name="MinVersion">Devices below this version are not offered the release (they need an earlier one first); null: any older version.</param>
/// <param name="Size">The image's length in bytes.</param>
/// <param name="Sha256">The image's SHA-256, lowercase hex (64 characters).</param>
/// <param name="Notes">Release notes in English and Chinese.</param>
/// <param name="KeyId">The maker key that signed <see cref="FirmwareSignature.Statement"/>.</param>
/// <param name="Signature">The Ed25519 signature, base64 (64 bytes).</param>
/// <param name="Uploaded">When the hub accepted it.</param>
/// <param name="UploadedBy">The token id that uploaded it.</param>
public sealed record FirmwareRelease(
    string Id,
    string Model,
    string Version,
    string? MinVersion,
    long Size,
    string Sha256,
    FirmwareNotes Notes,
    string KeyId,
    string Signature,
    DateTimeOffset Uploaded,
    string UploadedBy)
{
    /// <summary>The maker namespace: the model id's first segment.</summary>
    public string Vendor => Model.Split('.', 2)[0];
}
