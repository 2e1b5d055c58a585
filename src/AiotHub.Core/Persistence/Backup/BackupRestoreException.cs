namespace AiotHub.Core.Persistence.Backup;

/// <summary>A restore refused, with nothing in the data directory changed; the message says why, in words fit to print.</summary>
public sealed class BackupRestoreException : Exception
{
    public BackupRestoreException()
    {
    }

    public BackupRestoreException(string message)
        : base(message)
    {
    }

    public BackupRestoreException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
