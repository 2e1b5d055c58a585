using AiotHub.Core.Firmware;

namespace AiotHub.Gateway.Firmware.Catalog;

/// <summary>
/// A release as the maker's API shows it: the release, the URL its image was fetched from (null: uploaded), whether it is
/// offered to devices (not withdrawn, its key not revoked) and when it was withdrawn.
/// </summary>
internal sealed record FirmwareReleaseResponse(
    string Id, string Model, string Version, string? MinVersion, long Size, string Sha256, FirmwareNotes Notes,
    string KeyId, string Signature, DateTimeOffset Uploaded, string? ImageUrl, bool Offered, DateTimeOffset? Withdrawn)
{
    public static FirmwareReleaseResponse From(StoredRelease stored, bool offered)
    {
        var r = stored.Release;
        return new(r.Id, r.Model, r.Version, r.MinVersion, r.Size, r.Sha256, r.Notes, r.KeyId, r.Signature, r.Uploaded,
            stored.SourceUrl, offered, stored.Withdrawn);
    }
}
