namespace AiotHub.Telemetry.Influx;

public enum InfluxWriteOutcome
{
    /// <summary>2xx: the points are stored.</summary>
    Written,

    /// <summary>429, 5xx, a timeout or a network error: the same request may succeed later.</summary>
    Retryable,

    /// <summary>400 (bad lines, a field type conflict, a partial write): sending it again cannot help and could duplicate what was kept.</summary>
    Rejected,

    /// <summary>401, 403, 404 (no such database or bucket), 413: a setting is wrong; the batch waits until it is fixed.</summary>
    Misconfigured,
}
