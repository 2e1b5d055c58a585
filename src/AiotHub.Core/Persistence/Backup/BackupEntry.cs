namespace AiotHub.Core.Persistence.Backup;

/// <summary>One file of a backup archive, as its manifest lists it.</summary>
/// <param name="Path">Its name in the archive, which is also where it goes below the data directory (<see cref="BackupLayout"/>).</param>
/// <param name="Kind">What it is.</param>
/// <param name="Description">What it holds, in words, for a person reading the manifest.</param>
/// <param name="Bytes">Its length.</param>
/// <param name="Sha256">SHA-256 of its bytes, 64 lowercase hex digits.</param>
public sealed record BackupEntry(string Path, BackupEntryKind Kind, string Description, long Bytes, string Sha256);
