namespace AiotHub.Core.Persistence.Backup;

/// <summary>What a restore put back: the archive's manifest, and the bytes written into the data directory.</summary>
public sealed record BackupRestoreResult(BackupManifest Manifest, long Bytes);
