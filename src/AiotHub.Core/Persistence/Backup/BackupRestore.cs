using System.Formats.Tar;
using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;

namespace AiotHub.Core.Persistence.Backup;

/// <summary>
/// <c>aiothub restore</c>: puts a backup archive (<see cref="BackupArchive"/>) back into a hub's data directory. The
/// whole archive is read and checked first — the manifest against <see cref="BackupLayout"/>, every entry's length
/// and SHA-256 against the manifest, nothing missing and nothing extra — into a staging directory inside the data
/// directory; only then are the files moved into place. A refused archive changes nothing.
/// </summary>
public static class BackupRestore
{
    private const string StagingPrefix = ".restore-";

    // What SQLite keeps beside a database: a stale -wal would be replayed onto the restored file.
    private static readonly string[] SqliteCompanions = ["", "-wal", "-shm", "-journal"];

    /// <summary>
    /// Restores <paramref name="archivePath"/> into <paramref name="dataDirectory"/> (created when missing). Refused
    /// while a hub runs on the directory, and when it holds anything unless <paramref name="force"/>; with it, the
    /// hub's files there (hub.db, telemetry.db, profiles/, ca/, broker/) are replaced and anything else is left.
    /// </summary>
    /// <exception cref="BackupRestoreException">Refused; the message says why, and nothing was changed.</exception>
    public static BackupRestoreResult Restore(string archivePath, string dataDirectory, bool force)
    {
        ArgumentException.ThrowIfNullOrEmpty(archivePath);
        ArgumentException.ThrowIfNullOrEmpty(dataDirectory);
        dataDirectory = Path.GetFullPath(dataDirectory);
        FileStream archive;
        try
        {
            archive = File.OpenRead(archivePath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new BackupRestoreException($"cannot read '{archivePath}': {e.Message}", e);
        }

        using (archive)
        {
            var createdDirectory = !Directory.Exists(dataDirectory);
            if (createdDirectory)
                BackupArchive.CreateOwnerOnlyDirectory(dataDirectory);
            HubDataLock? hubLock = null;
            var done = false;
            try
            {
                hubLock = HubDataLock.TryAcquire(dataDirectory)
                    ?? throw new BackupRestoreException($"a hub is running on {dataDirectory} (it holds {HubDataLock.FileName}); stop it first");
                RefuseWhileBrokerRuns(dataDirectory);
                // A restore killed half-way leaves its staging directory (credential hashes, the CA key); under the lock, none is in use.
                foreach (var stale in Directory.EnumerateDirectories(dataDirectory, StagingPrefix + "*"))
                    Directory.Delete(stale, recursive: true);
                if (!force && Directory.EnumerateFileSystemEntries(dataDirectory).Any(e => Path.GetFileName(e) != HubDataLock.FileName))
                    throw new BackupRestoreException($"{dataDirectory} is not empty; restore into an empty directory, or add --force to replace the hub's files there");

                var staging = Path.Combine(dataDirectory, StagingPrefix + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8)));
                BackupArchive.CreateOwnerOnlyDirectory(staging);
                try
                {
                    var (manifest, bytes) = Extract(archive, staging);
                    Replace(staging, dataDirectory, manifest);
                    done = true;
                    return new BackupRestoreResult(manifest, bytes);
                }
                finally
                {
                    if (Directory.Exists(staging))
                        Directory.Delete(staging, recursive: true);
                }
            }
            finally
            {
                hubLock?.Dispose();
                if (!done)
                {
                    if (createdDirectory)
                        Directory.Delete(dataDirectory, recursive: true);
                    else if (hubLock is { Created: true })
                        File.Delete(hubLock.Path);
                }
            }
        }
    }

    // A hub of an earlier version holds no hub.lock; its broker store's lock tells the same.
    private static void RefuseWhileBrokerRuns(string dataDirectory)
    {
        var storeLock = Path.Combine(dataDirectory, BackupLayout.BrokerDirectory, "store.lock");
        if (!File.Exists(storeLock))
            return;
        try
        {
            using var handle = File.OpenHandle(storeLock, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            throw new BackupRestoreException($"a hub's broker is running on {Path.Combine(dataDirectory, BackupLayout.BrokerDirectory)}; stop the hub first");
        }
    }

    private static (BackupManifest Manifest, long Bytes) Extract(Stream archive, string staging)
    {
        try
        {
            using var gzip = new GZipStream(archive, CompressionMode.Decompress, leaveOpen: true);
            using var tar = new TarReader(gzip);
            var manifest = ReadManifest(tar);
            var expected = manifest.Entries.ToDictionary(e => e.Path, StringComparer.Ordinal);
            var needed = manifest.Entries.Sum(e => e.Bytes);
            if (new DriveInfo(staging).AvailableFreeSpace is var free && free < needed)
                throw new BackupRestoreException(string.Create(CultureInfo.InvariantCulture, $"the archive holds {needed} bytes; {free} are free where they go"));

            long written = 0;
            while (tar.GetNextEntry() is { } entry)
            {
                if (!expected.Remove(entry.Name, out var listed))
                    throw new BackupRestoreException($"the archive holds '{Printable(entry.Name)}', which its manifest does not list (or lists once)");
                if (entry.EntryType is not (TarEntryType.RegularFile or TarEntryType.V7RegularFile) || entry.DataStream is null)
                    throw new BackupRestoreException($"'{listed.Path}' is not a plain file in the archive");
                if (entry.Length != listed.Bytes)
                    throw new BackupRestoreException(string.Create(CultureInfo.InvariantCulture, $"'{listed.Path}' is {entry.Length} bytes; the manifest says {listed.Bytes}"));
                written += Copy(entry.DataStream, Path.Combine(staging, listed.Path), listed);
            }

            if (expected.Count > 0)
                throw new BackupRestoreException($"the archive lacks '{expected.Keys.Order(StringComparer.Ordinal).First()}', which its manifest lists (is it cut short?)");
            return (manifest, written);
        }
        catch (Exception e) when (e is InvalidDataException or FormatException or EndOfStreamException)
        {
            throw new BackupRestoreException($"the archive is damaged or not a hub backup ({e.Message})", e);
        }
    }

    private static BackupManifest ReadManifest(TarReader tar)
    {
        var first = tar.GetNextEntry();
        if (first is null || first.Name != BackupManifest.FileName || first.DataStream is null)
            throw new BackupRestoreException($"the archive does not begin with {BackupManifest.FileName}: it is not a hub backup");
        if (first.Length > BackupManifest.MaxBytes)
            throw new BackupRestoreException(string.Create(CultureInfo.InvariantCulture, $"{BackupManifest.FileName} is {first.Length} bytes, more than {BackupManifest.MaxBytes}"));
        var json = new byte[first.Length];
        first.DataStream.ReadExactly(json);
        var manifest = BackupManifestJson.TryRead(json, out var error) ?? throw new BackupRestoreException(error!);
        if (BackupLayout.Check(manifest) is { } problem)
            throw new BackupRestoreException(problem);
        if (HubVersion.IsNewer(manifest.HubVersion, HubVersion.Current))
            throw new BackupRestoreException($"the archive was written by hub {Printable(manifest.HubVersion)}, newer than this tool ({HubVersion.Current}); restore it with that version");
        return manifest;
    }

    // Streams one entry to its staged file (the owner's alone), hashing as it goes, and checks the hash.
    private static long Copy(Stream data, string path, BackupEntry listed)
    {
        BackupArchive.CreateOwnerOnlyDirectory(Path.GetDirectoryName(path)!);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[81920];
        long total = 0;
        using (var file = BackupArchive.CreateOwnerOnly(path))
        {
            int read;
            while ((read = data.Read(buffer)) > 0)
            {
                total += read;
                if (total > listed.Bytes)
                    throw new BackupRestoreException($"'{listed.Path}' is longer than the manifest says");
                hash.AppendData(buffer.AsSpan(0, read));
                file.Write(buffer.AsSpan(0, read));
            }

            file.Flush(flushToDisk: true);
        }

        if (total != listed.Bytes)
            throw new BackupRestoreException($"'{listed.Path}' is shorter than the manifest says (is the archive cut short?)");
        var actual = Convert.ToHexStringLower(hash.GetHashAndReset());
        if (actual != listed.Sha256)
            throw new BackupRestoreException($"'{listed.Path}' does not match its SHA-256 in the manifest: the archive was changed or damaged");
        return total;
    }

    // Everything is verified: the hub's own files go, the staged ones take their place.
    private static void Replace(string staging, string dataDirectory, BackupManifest manifest)
    {
        foreach (var database in new[] { BackupLayout.HubDatabase, BackupLayout.TelemetryDatabase })
        {
            foreach (var suffix in SqliteCompanions)
                File.Delete(Path.Combine(dataDirectory, database + suffix));
        }

        foreach (var directory in new[] { BackupLayout.ProfilesDirectory, BackupLayout.CertificateAuthorityDirectory, BackupLayout.BrokerDirectory })
        {
            var path = Path.Combine(dataDirectory, directory);
            if (Directory.Exists(path))
                Directory.Delete(path, recursive: true);
        }

        foreach (var top in manifest.Entries.Select(e => e.Path.Split('/')[0]).Distinct(StringComparer.Ordinal))
        {
            var from = Path.Combine(staging, top);
            var to = Path.Combine(dataDirectory, top);
            if (Directory.Exists(from))
                Directory.Move(from, to);
            else
                File.Move(from, to);
        }
    }

    private static string Printable(string text)
    {
        var cleaned = new string([.. text.Take(120).Select(c => char.IsControl(c) ? '?' : c)]);
        return text.Length > 120 ? cleaned + "…" : cleaned;
    }
}
