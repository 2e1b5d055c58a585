namespace AiotHub.Core.Persistence.Backup;

/// <summary>
/// <c>manifest.json</c> of a hub backup archive (docs/api.md "Backup"): which hub wrote it, the schema
/// versions of the tables in its hub.db, when, and every other entry of the archive with its size and SHA-256.
/// </summary>
/// <param name="Format">The archive's layout; a restore refuses a format it does not know.</param>
/// <param name="HubVersion">The version of the hub that wrote it (major.minor.patch); a restore refuses a newer one.</param>
/// <param name="Created">When the backup was taken (UTC).</param>
/// <param name="Schemas">Each module's schema version in hub.db, as the file holds it (module name → version).</param>
/// <param name="Entries">Every file of the archive but the manifest itself.</param>
public sealed record BackupManifest(
    int Format,
    string HubVersion,
    DateTimeOffset Created,
    IReadOnlyDictionary<string, int> Schemas,
    IReadOnlyList<BackupEntry> Entries)
{
    /// <summary>The format this hub writes and reads.</summary>
    public const int CurrentFormat = 1;

    /// <summary>The manifest's name in the archive.</summary>
    public const string FileName = "manifest.json";

    /// <summary>A manifest larger than this is not read (it lists a few files, and a profile per uploaded model version).</summary>
    public const int MaxBytes = 4 << 20;
}
