using AiotHub.Core.Persistence.Backup;

namespace AiotHub.Gateway.Backup;

/// <summary>A file of a taken snapshot: its archive path and kind, and where its copy is.</summary>
internal sealed record BackupFile(string Path, BackupEntryKind Kind, string Description, string CopyPath);
