namespace AiotHub.Gateway.Firmware.Catalog;

/// <summary>What one download link allows: the image of <paramref name="ReleaseId"/>, to <paramref name="DeviceId"/>, for <paramref name="JobId"/>, until <paramref name="Expires"/>.</summary>
internal sealed record DownloadGrant(string ReleaseId, string DeviceId, string JobId, DateTimeOffset Expires);
