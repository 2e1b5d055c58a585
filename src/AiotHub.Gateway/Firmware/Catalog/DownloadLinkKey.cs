using System.Security.Cryptography;

namespace AiotHub.Gateway.Firmware.Catalog;

/// <summary>
/// The key download links are derived under (<see cref="FirmwareDownloads"/>), kept in <c>ota-link.key</c> in the data directory
/// (owner read/write only) so a link a device holds stays the same across a hub restart: the rollout engine issues its
/// in-flight jobs' links again at start, and a download cut by the restart resumes where it was. A missing or unreadable
/// file is replaced by a new key (links issued before it then end, and the engine offers again).
/// </summary>
internal sealed class DownloadLinkKey
{
    private const int Length = 32;

    public DownloadLinkKey(byte[] bytes) => Bytes = bytes;

    public byte[] Bytes { get; }

    public static DownloadLinkKey LoadOrCreate(string directory)
    {
        var path = Path.Combine(directory, "ota-link.key");
        try
        {
            if (File.Exists(path) && File.ReadAllBytes(path) is { Length: Length } stored)
                return new DownloadLinkKey(stored);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }

        var key = RandomNumberGenerator.GetBytes(Length);
        Directory.CreateDirectory(directory);
        var temporary = path + ".tmp";
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        using (var file = new FileStream(temporary, options))
        {
            file.Write(key);
            file.Flush(flushToDisk: true);
        }

        File.Move(temporary, path, overwrite: true);
        return new DownloadLinkKey(key);
    }
}
