using System.Formats.Tar;
using System.IO.Compression;
using System.Security.Cryptography;
using AiotHub.Core.Activity;
using AiotHub.Core.Devices.Persistence;
using AiotHub.Core.Persistence.Backup;
using AiotHub.Gateway.Devices;
using AiotHub.Gateway.Devices.Credentials;
using AiotHub.Gateway.Mqtt;
using AiotHub.Gateway.Telemetry;
using AiotHub.Mqtt.Broker.Persistence;
using AiotHub.Telemetry.Recorder;
using Microsoft.Extensions.Options;

namespace AiotHub.Gateway.Backup;

/// <summary>
/// POST /api/v1/backup's work (docs/api.md "Backup"): consistent copies of hub.db and telemetry.db through SQLite's
/// online backup API, the broker store's snapshot, the uploaded profiles and the CA, taken while the hub runs, into
/// a private working directory inside the data directory; then streamed as one archive (<see cref="BackupArchive"/>)
/// with its manifest first. One backup at a time.
/// </summary>
internal sealed class HubBackup(
    DeviceStore deviceStore,
    ActivityStore activity,
    TelemetryService telemetry,
    ProfileUploads profiles,
    IServiceProvider services,
    IOptions<TelemetryRecorderOptions> recorderOptions,
    IOptions<BackupOptions> options,
    TimeProvider time,
    ILogger<HubBackup> logger)
{
    private const string WorkingPrefix = ".backup-";
    private readonly SemaphoreSlim _gate = new(1, 1);

    public BackupOptions Options => options.Value;

    private string DataDirectory => Path.GetDirectoryName(deviceStore.Path)!;

    /// <summary>The lease of the one backup that may run, or null while another runs.</summary>
    public BackupLease? TryBegin() => _gate.Wait(0) ? new BackupLease(_gate) : null;

    /// <summary>Takes the copies (the lease passes to the snapshot, which releases it when disposed).</summary>
    /// <exception cref="BackupTooLargeException">The files add up to more than Backup:MaxBytes.</exception>
    public async Task<BackupSnapshot> TakeAsync(BackupLease lease, string? tokenId, CancellationToken cancellationToken)
    {
        SweepStaleWorkingDirectories();
        var directory = Path.Combine(DataDirectory, WorkingPrefix + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8)));
        BackupArchive.CreateOwnerOnlyDirectory(directory);
        try
        {
            var started = time.GetTimestamp();
            var files = new List<BackupFile>();
            long bytes = 0;
            void Add(string path, BackupEntryKind kind, string description)
            {
                bytes += new FileInfo(Path.Combine(directory, path)).Length;
                if (bytes > Options.MaxBytes)
                    throw new BackupTooLargeException($"The hub's files add up to more than Backup:MaxBytes ({Options.MaxBytes} bytes).");
                files.Add(new BackupFile(path, kind, description, Path.Combine(directory, path)));
            }

            // Profiles before hub.db: an upload writes its record, then its file, so every copied file's record is in the later copy of hub.db.
            CopyProfiles(directory, Add);
            CopyCertificateAuthority(directory, Add);

            var step = time.GetTimestamp();
            Flush(deviceStore.Flush, "hub.db");
            // The activity log shares hub.db and writes behind by up to half a second: what it queued belongs in the copy.
            Flush(activity.Flush, "hub.db (activity)");
            var schemas = SqliteOnlineBackup.Copy(deviceStore.Path, Path.Combine(directory, BackupLayout.HubDatabase));
            Add(BackupLayout.HubDatabase, BackupEntryKind.HubDatabase, "The registry, twins, commands and every module's tables (tokens, scenes, automations, credential hashes).");
            var hubDb = time.GetElapsedTime(step);

            step = time.GetTimestamp();
            Flush(() => telemetry.Recorder.Flush(), "telemetry.db");
            var telemetryPath = Path.GetFullPath(recorderOptions.Value.Path, DataDirectory);
            SqliteOnlineBackup.Copy(telemetryPath, Path.Combine(directory, BackupLayout.TelemetryDatabase));
            Add(BackupLayout.TelemetryDatabase, BackupEntryKind.TelemetryDatabase, "The recorder's history: raw samples and aggregates.");
            var telemetryDb = time.GetElapsedTime(step);

            step = time.GetTimestamp();
            if (services.GetService<EmbeddedBrokerService>()?.Store is { } store)
            {
                await CopyBrokerAsync(store, directory, cancellationToken);
                Add(BackupLayout.BrokerSnapshot, BackupEntryKind.BrokerSnapshot, "The broker's retained messages, persistent sessions and their queues.");
            }

            var broker = time.GetElapsedTime(step);
            var entries = new List<BackupEntry>(files.Count);
            foreach (var file in files)
                entries.Add(new BackupEntry(file.Path, file.Kind, file.Description, new FileInfo(file.CopyPath).Length, await HashAsync(file.CopyPath, cancellationToken)));
            var manifest = new BackupManifest(BackupManifest.CurrentFormat, HubVersion.Current, time.GetUtcNow(), schemas, entries);
            var elapsed = time.GetElapsedTime(started);
            BackupLog.Taken(logger, tokenId, files.Count, bytes, elapsed.TotalMilliseconds,
                hubDb.TotalMilliseconds, telemetryDb.TotalMilliseconds, broker.TotalMilliseconds);
            return new BackupSnapshot(directory, manifest, files, lease);
        }
        catch
        {
            Directory.Delete(directory, recursive: true);
            throw;
        }
    }

    /// <summary>Streams <paramref name="snapshot"/> as the archive into <paramref name="destination"/>: the manifest, then each file.</summary>
    public async Task WriteAsync(BackupSnapshot snapshot, Stream destination, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        var counted = new CountingStream(destination);
        await using (var gzip = new GZipStream(counted, CompressionLevel.Fastest, leaveOpen: true))
        {
            await using var tar = new TarWriter(gzip, TarEntryFormat.Pax, leaveOpen: true);
            using (var manifest = new MemoryStream(BackupManifestJson.ToUtf8Bytes(snapshot.Manifest), writable: false))
                await tar.WriteEntryAsync(Entry(BackupManifest.FileName, manifest, snapshot.Manifest.Created), cancellationToken);
            foreach (var file in snapshot.Files)
            {
                await using var data = new FileStream(file.CopyPath, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);
                await tar.WriteEntryAsync(Entry(file.Path, data, snapshot.Manifest.Created), cancellationToken);
            }
        }

        var sent = time.GetElapsedTime(started);
        BackupLog.Sent(logger, counted.Written, sent.TotalMilliseconds);
    }

    private static PaxTarEntry Entry(string name, Stream data, DateTimeOffset modified) =>
        new(TarEntryType.RegularFile, name) { DataStream = data, Mode = BackupArchive.FileMode, ModificationTime = modified };

    private void Flush(Action flush, string store)
    {
        // What is queued in memory goes to disk first, so the copy is as recent as the call; if that fails, the copy holds what was on disk.
        try
        {
            flush();
        }
        catch (Exception e) when (e is IOException or Microsoft.Data.Sqlite.SqliteException or InvalidOperationException)
        {
            BackupLog.FlushFailed(logger, store, e);
        }
    }

    private void CopyProfiles(string directory, Action<string, BackupEntryKind, string> add)
    {
        if (!Directory.Exists(profiles.Directory))
            return;
        var target = Path.Combine(directory, BackupLayout.ProfilesDirectory);
        BackupArchive.CreateOwnerOnlyDirectory(target);
        foreach (var path in Directory.EnumerateFiles(profiles.Directory).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(path);
            // Only finished documents: an upload in progress writes a temporary name first.
            if (!BackupLayout.IsProfileFileName(name))
                continue;
            if (!TryCopy(path, Path.Combine(target, name)))
                continue;
            add(BackupLayout.Profile(name), BackupEntryKind.Profile, "A device profile uploaded through the API.");
        }
    }

    private void CopyCertificateAuthority(string directory, Action<string, BackupEntryKind, string> add)
    {
        var source = Path.Combine(DataDirectory, DeviceCredentialsHostingExtensions.AuthorityDirectoryName);
        var target = Path.Combine(directory, BackupLayout.CertificateAuthorityDirectory);
        BackupArchive.CreateOwnerOnlyDirectory(target);
        if (TryCopy(Path.Combine(source, HubCertificateAuthority.CertificateFileName), Path.Combine(directory, BackupLayout.CertificateAuthorityCertificate)))
            add(BackupLayout.CertificateAuthorityCertificate, BackupEntryKind.CertificateAuthorityCertificate, "The hub's local CA certificate (public).");
        if (TryCopy(Path.Combine(source, HubCertificateAuthority.KeyFileName), Path.Combine(directory, BackupLayout.CertificateAuthorityKey)))
            add(BackupLayout.CertificateAuthorityKey, BackupEntryKind.CertificateAuthorityKey, "The hub's local CA private key: it issues device certificates the hub trusts. Keep this archive like a key.");
    }

    // A file written once and replaced by rename (profiles, the CA) is copied as it stands; gone meanwhile, it is skipped.
    private static bool TryCopy(string source, string destination)
    {
        try
        {
            using var from = File.OpenRead(source);
            using var to = BackupArchive.CreateOwnerOnly(destination);
            from.CopyTo(to);
            return true;
        }
        catch (FileNotFoundException)
        {
            return false;
        }
    }

    private static async Task CopyBrokerAsync(MqttBrokerStore store, string directory, CancellationToken cancellationToken)
    {
        BackupArchive.CreateOwnerOnlyDirectory(Path.Combine(directory, BackupLayout.BrokerDirectory));
        await using var file = BackupArchive.CreateOwnerOnly(Path.Combine(directory, BackupLayout.BrokerSnapshot));
        await store.WriteSnapshotAsync(file, cancellationToken);
    }

    private static async Task<string> HashAsync(string path, CancellationToken cancellationToken)
    {
        await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(file, cancellationToken));
    }

    // A hub killed mid-backup leaves its working directory (credential hashes, the CA key): the next backup removes it.
    private void SweepStaleWorkingDirectories()
    {
        foreach (var stale in Directory.EnumerateDirectories(DataDirectory, WorkingPrefix + "*"))
        {
            try
            {
                Directory.Delete(stale, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }
}
