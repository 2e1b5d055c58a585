namespace AiotHub.Telemetry;

/// <summary>
/// A durability barrier could not be given: telemetry was dropped at a memory bound (the disk is failing or far behind)
/// since the barrier last held, so what the caller queued may be among the dropped. The caller must not acknowledge.
/// </summary>
public sealed class TelemetryDroppedException : Exception
{
    public TelemetryDroppedException()
    {
    }

    public TelemetryDroppedException(string message)
        : base(message)
    {
    }

    public TelemetryDroppedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
