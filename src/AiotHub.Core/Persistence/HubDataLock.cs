namespace AiotHub.Core.Persistence;

/// <summary>
/// <c>hub.lock</c> in a data directory, held (an exclusive lock on the open file: flock on Unix, a share lock on
/// Windows) for as long as a hub runs on that directory or <c>aiothub restore</c> writes into it, so neither starts
/// while the other is at work. The lock goes with the process: a hub killed with <c>kill -9</c> leaves the file
/// behind, unlocked.
/// </summary>
public sealed class HubDataLock : IDisposable
{
    public const string FileName = "hub.lock";

    private readonly Microsoft.Win32.SafeHandles.SafeFileHandle _handle;

    private HubDataLock(Microsoft.Win32.SafeHandles.SafeFileHandle handle, string path, bool created)
    {
        _handle = handle;
        Path = path;
        Created = created;
    }

    /// <summary>The lock file's path.</summary>
    public string Path { get; }

    /// <summary>Whether taking the lock created the file (it was not there before).</summary>
    public bool Created { get; }

    /// <summary>The lock on <paramref name="dataDirectory"/> (which must exist), or null when another process (or this one) holds it.</summary>
    public static HubDataLock? TryAcquire(string dataDirectory)
    {
        var path = System.IO.Path.Combine(dataDirectory, FileName);
        var existed = File.Exists(path);
        try
        {
            // FileShare.None takes an exclusive flock on Unix, released when the handle closes or the process dies.
            var handle = File.OpenHandle(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            return new HubDataLock(handle, path, !existed);
        }
        catch (IOException)
        {
            return null;
        }
    }

    public void Dispose() => _handle.Dispose();
}
