using System.Security.Cryptography;

namespace AiotHub.Gateway.Firmware.Catalog;

/// <summary>
/// Firmware images on disk, one file per SHA-256 (<c>{sha256}.bin</c>) in Ota:ImageDirectory. An image is written to a
/// temporary <c>.part</c> file, hashed while it streams in and cut off at the limit, and only renamed into place once
/// its release has been accepted; leftover <c>.part</c> files (a crash mid-upload) are removed at start.
/// </summary>
internal sealed class FirmwareImages
{
    private const int BufferSize = 64 * 1024;

    public FirmwareImages(string directory)
    {
        Directory = System.IO.Path.GetFullPath(directory);
        System.IO.Directory.CreateDirectory(Directory);
        foreach (var part in System.IO.Directory.EnumerateFiles(Directory, "*.part"))
            File.Delete(part);
    }

    public string Directory { get; }

    public string PathOf(string sha256) => System.IO.Path.Combine(Directory, sha256 + ".bin");

    /// <summary>Whether the image is there, readable and of <paramref name="size"/> bytes.</summary>
    public bool IsIntact(string sha256, long size)
    {
        try
        {
            using var file = new FileStream(PathOf(sha256), FileMode.Open, FileAccess.Read, FileShare.Read, 1);
            return file.Length == size;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>Copies <paramref name="source"/> to a temporary file, hashing it, stopping past <paramref name="maxBytes"/>.</summary>
    public async Task<FirmwareImageWrite> WriteAsync(Stream source, long maxBytes, CancellationToken cancellationToken)
    {
        var temp = System.IO.Path.Combine(Directory, $"{Guid.NewGuid():N}.part");
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[BufferSize];
        long length = 0;
        try
        {
            await using (var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.Asynchronous))
            {
                int read;
                while ((read = await source.ReadAsync(buffer, cancellationToken)) > 0)
                {
                    length += read;
                    if (length > maxBytes)
                    {
                        await file.DisposeAsync();
                        Discard(temp);
                        return new FirmwareImageWrite(null, length, "", TooLarge: true);
                    }

                    hash.AppendData(buffer, 0, read);
                    await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                }

                await file.FlushAsync(cancellationToken);
                file.Flush(flushToDisk: true);
            }

            return new FirmwareImageWrite(temp, length, Convert.ToHexStringLower(hash.GetHashAndReset()), TooLarge: false);
        }
        catch
        {
            Discard(temp);
            throw;
        }
    }

    /// <summary>Moves an accepted image into place (an identical image already there is kept).</summary>
    public void Commit(string tempPath, string sha256)
    {
        var target = PathOf(sha256);
        if (File.Exists(target))
            Discard(tempPath);
        else
            File.Move(tempPath, target);
    }

    public static void Discard(string? tempPath)
    {
        if (tempPath is null)
            return;
        try
        {
            File.Delete(tempPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A leftover .part file is removed at the next start.
        }
    }

    public void Delete(string sha256) => Discard(PathOf(sha256));
}
