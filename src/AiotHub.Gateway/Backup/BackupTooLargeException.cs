namespace AiotHub.Gateway.Backup;

/// <summary>The hub's files add up to more than Backup:MaxBytes; no backup was taken.</summary>
internal sealed class BackupTooLargeException(string message) : Exception(message);
