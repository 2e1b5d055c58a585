using AiotHub.Core.Firmware;

namespace AiotHub.Gateway.Firmware.Catalog;

/// <summary>A release as its row holds it: the release, where its image came from (null: uploaded) and when it was withdrawn.</summary>
internal sealed record StoredRelease(FirmwareRelease Release, string? SourceUrl, DateTimeOffset? Withdrawn);
