namespace AiotHub.Gateway.Firmware.Catalog;

/// <summary>
/// The "Ota" section (docs/ota.md "The catalogue", docs/gateway.md): where firmware images are kept and how much, how
/// long fetching an image from a maker's URL may take, and the download links devices are given. Checked at start by
/// <see cref="OtaOptionsValidator"/>.
/// </summary>
internal sealed class OtaOptions
{
    public const string SectionName = "Ota";

    /// <summary>
    /// The absolute base of download links (<c>http://hub.lan:8080</c>): <c>{base}/ota/v1/{token}</c>. Unset: the hub's
    /// own first HTTP address, a wildcard host (<c>0.0.0.0</c>, <c>[::]</c>, <c>*</c>, <c>+</c>) replaced by the machine's
    /// first LAN IPv4 address, or 127.0.0.1 when it has none.
    /// </summary>
    public string? DownloadBaseUrl { get; set; }

    /// <summary>The largest image a release may have, in bytes.</summary>
    public long MaxImageBytes { get; set; } = 64L * 1024 * 1024;

    /// <summary>The most bytes of images the hub keeps (all offered and withdrawn-but-in-use releases together).</summary>
    public long MaxStoredBytes { get; set; } = 2L * 1024 * 1024 * 1024;

    /// <summary>Where images are kept; a relative path is below Devices:DataDirectory.</summary>
    public string ImageDirectory { get; set; } = "firmware";

    /// <summary>How long fetching a release's <c>imageUrl</c> may take, start to end.</summary>
    public TimeSpan FetchTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long a download link lives at most (it ends earlier with its job).</summary>
    public TimeSpan DownloadLinkLifetime { get; set; } = TimeSpan.FromHours(24);

    /// <summary>The most download links alive at once (one per device and job).</summary>
    public int MaxDownloadLinks { get; set; } = 100_000;

    /// <summary>
    /// Whether a release's <c>imageUrl</c> may point into the hub's own networks (loopback, private, link-local, unique
    /// local addresses). Off: a maker's token cannot make the hub reach the home's LAN (docs/security.md).
    /// </summary>
    public bool AllowPrivateImageUrls { get; set; }
}
