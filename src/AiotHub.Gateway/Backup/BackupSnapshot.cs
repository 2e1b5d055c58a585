using AiotHub.Core.Persistence.Backup;

namespace AiotHub.Gateway.Backup;

/// <summary>
/// A taken backup waiting to be sent: consistent copies of the hub's files in a private working directory, and the
/// manifest that lists them. Disposing it deletes the copies and lets the next backup start.
/// </summary>
internal sealed class BackupSnapshot(string directory, BackupManifest manifest, IReadOnlyList<BackupFile> files, BackupLease lease) : IDisposable
{
    private int _disposed;

    public BackupManifest Manifest => manifest;

    public IReadOnlyList<BackupFile> Files => files;

    /// <summary>The sum of the files' lengths (before compression).</summary>
    public long Bytes => manifest.Entries.Sum(e => e.Bytes);

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
            return;
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // Left for the next backup to sweep (HubBackup deletes stale working directories).
        }
        finally
        {
            lease.Dispose();
        }
    }
}
