using System.Text.Json;

namespace AiotHub.Core.Persistence.Backup;

/// <summary>Reads and writes <c>manifest.json</c> (camelCase, kinds as kebab-case words, every field required).</summary>
public static class BackupManifestJson
{
    public static void Write(BackupManifest manifest, Stream destination)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        JsonSerializer.Serialize(destination, manifest, BackupManifestJsonContext.Default.BackupManifest);
    }

    public static byte[] ToUtf8Bytes(BackupManifest manifest) =>
        JsonSerializer.SerializeToUtf8Bytes(manifest, BackupManifestJsonContext.Default.BackupManifest);

    /// <summary>The manifest in <paramref name="json"/>, or null with the reason it cannot be read.</summary>
    public static BackupManifest? TryRead(ReadOnlySpan<byte> json, out string? error)
    {
        try
        {
            var manifest = JsonSerializer.Deserialize(json, BackupManifestJsonContext.Default.BackupManifest);
            error = manifest is null ? "the manifest is empty (null)" : null;
            return manifest;
        }
        catch (JsonException e)
        {
            error = $"the manifest is not valid JSON for a backup manifest ({e.Message})";
            return null;
        }
    }
}
