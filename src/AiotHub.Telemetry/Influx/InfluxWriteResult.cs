namespace AiotHub.Telemetry.Influx;

/// <summary>One write request's answer: the outcome, the HTTP status (0 for a network error), the server's message and any Retry-After.</summary>
public sealed record InfluxWriteResult(InfluxWriteOutcome Outcome, int Status, string Message, TimeSpan? RetryAfter = null)
{
    public static InfluxWriteResult Written(int status) => new(InfluxWriteOutcome.Written, status, "");
}
