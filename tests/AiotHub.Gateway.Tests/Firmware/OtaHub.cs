using AiotHub.Core.Firmware;
using AiotHub.Gateway.Devices;
using AiotHub.Gateway.Firmware;
using AiotHub.Gateway.Firmware.Catalog;
using AiotHub.Gateway.Tests.Devices;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NSec.Cryptography;

namespace AiotHub.Gateway.Tests.Firmware;

/// <summary>
/// The real hub for the device-protocol tests of firmware updates, with the test standing in for the rollout engine:
/// it sends on the <see cref="OtaChannel"/> and reads its reports itself (the rollout engine is switched off,
/// Ota:Rollouts:Enabled, so it does not read them first). <see cref="AddReleaseAsync"/> puts a really signed release in the catalogue.
/// </summary>
internal sealed class OtaHub : IAsyncDisposable
{
    public OtaHub(params (string Key, string? Value)[] settings)
        : this(DeviceLinkKind.Auto, settings)
    {
    }

    public OtaHub(DeviceLinkKind link, params (string Key, string? Value)[] settings)
    {
        Hub = new DeviceHub(link, [("Ota:DownloadBaseUrl", "http://localhost"), ("Ota:Rollouts:Enabled", "false"), .. settings]);
        Channel = Hub.Services.GetRequiredService<OtaChannel>();
        Catalog = Hub.Services.GetRequiredService<FirmwareCatalog>();
    }

    public DeviceHub Hub { get; }

    public OtaChannel Channel { get; }

    public FirmwareCatalog Catalog { get; }

    /// <summary>A release of <paramref name="model"/> signed with a fresh Ed25519 key of its vendor, image of <paramref name="size"/> random bytes.</summary>
    public (FirmwareRelease Release, byte[] Image) AddRelease(string model, string version, int size)
    {
        var image = new byte[size];
        Random.Shared.NextBytes(image);
        var sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(image));
        var vendor = model.Split('.')[0];
        using var key = Key.Create(SignatureAlgorithm.Ed25519);
        var (makerKey, conflict) = Catalog.AddKey(vendor, null, key.PublicKey.Export(KeyBlobFormat.RawPublicKey));
        Assert.Null(conflict);
        var signature = Convert.ToBase64String(SignatureAlgorithm.Ed25519.Sign(key, FirmwareSignature.Statement(model, version, null, size, sha)));
        var temp = Path.GetTempFileName();
        File.WriteAllBytes(temp, image);
        var (release, refusal, detail) = Catalog.Add(new FirmwareReleaseDraft(vendor, model, version, null, size, sha,
            new FirmwareNotes("Faster", "更快"), makerKey!.Id, signature, null), temp, "tests", long.MaxValue);
        Assert.True(release is not null, $"{refusal}: {detail}");
        return (release, image);
    }

    /// <summary>The offer the rollout engine would send: the release, with a one-time link for this device and job.</summary>
    public OtaCommand Offer(FirmwareRelease release, string deviceId, string jobId) =>
        new(deviceId, OtaCommandKind.Offer, jobId, release.Version, release.Size, release.Sha256, Catalog.CreateDownloadUrl(release.Id, deviceId, jobId));

    /// <summary>Reports until one of <paramref name="jobId"/> is in <paramref name="state"/>; every report read on the way, in order.</summary>
    public async Task<List<OtaStatusReport>> ReportsUntilAsync(string jobId, OtaState state, List<OtaStatusReport>? seen = null)
    {
        seen ??= [];
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        while (true)
        {
            var report = await Channel.Reports.ReadAsync(timeout.Token);
            seen.Add(report);
            if (report.JobId == jobId && report.State == state)
                return seen;
        }
    }

    public ValueTask DisposeAsync() => Hub.DisposeAsync();
}
