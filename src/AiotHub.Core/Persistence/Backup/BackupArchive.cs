namespace AiotHub.Core.Persistence.Backup;

/// <summary>
/// The archive's container: a gzip-compressed POSIX tar (pax), <see cref="BackupManifest.FileName"/> first, then
/// every entry the manifest lists, in its order. Tar, not zip: it is written and read front to back in one pass, so
/// the hub streams it into the HTTP response and <c>aiothub restore</c> verifies it from a pipe or file without
/// seeking (zip keeps its directory at the end), and any system's <c>tar -tzf</c> lists it.
/// </summary>
public static class BackupArchive
{
    public const string MediaType = "application/gzip";

    public const string FileExtension = ".tar.gz";

    /// <summary>The mode of every file the archive holds and a restore writes: the owner's alone (it holds the CA key and credential hashes).</summary>
    public const UnixFileMode FileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>The mode of every directory a restore creates.</summary>
    public const UnixFileMode DirectoryMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    /// <summary>Creates <paramref name="path"/> as a new file only its owner may read (on Unix; Windows keeps the directory's ACL).</summary>
    public static FileStream CreateOwnerOnly(string path)
    {
        var options = new FileStreamOptions { Mode = System.IO.FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
            options.UnixCreateMode = FileMode;
        return new FileStream(path, options);
    }

    /// <summary>Creates <paramref name="path"/> (and its parents) as a directory only its owner may enter (on Unix).</summary>
    public static void CreateOwnerOnlyDirectory(string path)
    {
        if (OperatingSystem.IsWindows())
            Directory.CreateDirectory(path);
        else
            Directory.CreateDirectory(path, DirectoryMode);
    }
}
