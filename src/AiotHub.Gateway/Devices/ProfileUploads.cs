using AiotHub.Core.Devices;
using AiotHub.Core.Devices.Persistence;
using AiotHub.Core.Profiles;
using Microsoft.Extensions.Options;

namespace AiotHub.Gateway.Devices;

/// <summary>
/// Profiles uploaded through the API, kept as their original documents in
/// <c>{Devices:DataDirectory}/profiles/</c> (one file per model version) with who uploaded them in hub.db
/// (<see cref="ProfileOwnershipStore"/>), and loaded into the catalog with the shipped ones at start
/// (<see cref="LoadInto"/>), before the registry restores its devices, so an onboarded model survives a
/// restart like the shipped ones and its devices are not pending in between. A model's versions go up by
/// exactly one per upload, to at most <see cref="MaxVersion"/>; a namespace holds at most
/// <see cref="MaxNamespaceBytes"/> of documents.
/// </summary>
internal sealed partial class ProfileUploads(
    IOptions<DevicesOptions> options, IHostEnvironment environment, ProfileCatalog catalog, ProfileOwnershipStore store,
    ProfileUpdates updates, TimeProvider time, ILogger<ProfileUploads> logger)
{
    /// <summary>The highest version an upload may have: versions go 1, 2, 3 … one per upload.</summary>
    public const int MaxVersion = 1000;

    /// <summary>The most profile documents one model namespace may hold, every version of every model counted.</summary>
    public const long MaxNamespaceBytes = 16L * 1024 * 1024;

    // Check-then-write of the version rule and the namespace's size must not interleave.
    private readonly SemaphoreSlim _writes = new(1, 1);

    public string Directory { get; } = DirectoryFor(options.Value, environment.ContentRootPath);

    public static string DirectoryFor(DevicesOptions options, string contentRoot) =>
        Path.Combine(Path.GetFullPath(options.DataDirectory, contentRoot), "profiles");

    /// <summary>
    /// Adds every uploaded profile version found in <paramref name="directory"/> to <paramref name="catalog"/>, with
    /// its origin from <paramref name="uploads"/>; a document no upload record claims predates ownership and is built in.
    /// </summary>
    public static void LoadInto(
        ProfileCatalog catalog, string directory, IReadOnlyDictionary<(string Model, int Version), ProfileOrigin> uploads, ILogger logger)
    {
        if (!System.IO.Directory.Exists(directory))
        {
            return;
        }

        var uploaded = ProfileCatalog.LoadDirectory(directory, out var problems);
        foreach (var problem in problems)
        {
            LogProblem(logger, problem);
        }

        foreach (var model in uploaded.Latest())
        {
            foreach (var version in uploaded.Versions(model.Model))
            {
                catalog.Add(version, uploads.GetValueOrDefault((version.Model, version.Version)) ?? ProfileOrigin.Unowned);
            }
        }
    }

    /// <summary>The version the next upload of <paramref name="model"/> must have.</summary>
    public long ExpectedVersion(string model) => (long)(catalog.Find(model)?.Version ?? 0) + 1;

    /// <summary>
    /// Stores a new version uploaded by <paramref name="homeId"/>'s token (private to that home until published):
    /// the record first, then the document (temporary file, fsync, rename), then the catalog; then the home takes
    /// it if it updates automatically. Refused, with nothing changed, when the version is not the next one or the
    /// namespace is full.
    /// </summary>
    public async Task<ProfileUploadResult> UploadAsync(DeviceProfile profile, byte[] document, string homeId, string? tokenId, CancellationToken cancellationToken)
    {
        await _writes.WaitAsync(cancellationToken);
        try
        {
            var expected = ExpectedVersion(profile.Model);
            if (expected > MaxVersion)
                return new ProfileUploadResult(ProfileUploadOutcome.TooManyVersions, expected);
            if (profile.Version != expected)
                return new ProfileUploadResult(ProfileUploadOutcome.WrongVersion, expected);
            var used = NamespaceBytes(ProfileCatalog.VendorOf(profile.Model));
            if (used + document.Length > MaxNamespaceBytes)
                return new ProfileUploadResult(ProfileUploadOutcome.NamespaceFull, expected, used);

            // A record without its document is ignored at start; a document without its record would be built in, visible to all.
            var origin = new ProfileOrigin(homeId, tokenId, Published: false);
            store.SaveUpload(profile.Model, profile.Version, origin, time.GetUtcNow());
            await SaveAsync(profile, document, cancellationToken);
            catalog.Add(profile, origin);
            LogUploaded(logger, profile.Model, profile.Version, homeId, tokenId);
        }
        finally
        {
            _writes.Release();
        }

        updates.OnNewVersion(profile.Model, [homeId]);
        return new ProfileUploadResult(ProfileUploadOutcome.Created, (long)profile.Version + 1);
    }

    /// <summary>Makes an uploaded version visible to every home (published twice is still published); homes that update automatically may take it.</summary>
    public void Publish(string model, int version)
    {
        if (catalog.OriginOf(model, version) is not { Published: false })
            return;
        store.SavePublished(model, version, time.GetUtcNow());
        catalog.Publish(model, version);
        LogPublished(logger, model, version);
        updates.OnNewVersion(model, homes: null);
    }

    private long NamespaceBytes(string vendor)
    {
        if (!System.IO.Directory.Exists(Directory))
            return 0;
        return new DirectoryInfo(Directory).EnumerateFiles(vendor + ".*.json").Sum(f => f.Length);
    }

    private async Task SaveAsync(DeviceProfile profile, byte[] document, CancellationToken cancellationToken)
    {
        System.IO.Directory.CreateDirectory(Directory);
        var path = Path.Combine(Directory, $"{profile.Model}.v{profile.Version}.json");
        var temporary = path + ".tmp";
        await using (var file = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 4096, FileOptions.Asynchronous))
        {
            await file.WriteAsync(document, cancellationToken);
            file.Flush(flushToDisk: true);
        }

        File.Move(temporary, path, overwrite: true);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "An uploaded profile was skipped: {Problem}")]
    private static partial void LogProblem(ILogger logger, string problem);

    [LoggerMessage(EventId = 2100, Level = LogLevel.Information, Message = "Profile {Model} version {Version} uploaded by token {TokenId} of home {HomeId} (unpublished)")]
    private static partial void LogUploaded(ILogger logger, string model, int version, string homeId, string? tokenId);

    [LoggerMessage(EventId = 2101, Level = LogLevel.Information, Message = "Profile {Model} version {Version} published to every home")]
    private static partial void LogPublished(ILogger logger, string model, int version);
}
