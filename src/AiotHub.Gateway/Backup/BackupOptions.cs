namespace AiotHub.Gateway.Backup;

/// <summary>The "Backup" section: the bounds of one POST /api/v1/backup (docs/api.md "Backup").</summary>
internal sealed class BackupOptions
{
    public const string SectionName = "Backup";

    /// <summary>The most a backup may hold, its files counted before compression; a larger one is refused with 413.</summary>
    public long MaxBytes { get; set; } = 16L << 30;

    /// <summary>How long one backup may take, from the request to the archive's last byte; past it the request is cut.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromMinutes(30);
}
