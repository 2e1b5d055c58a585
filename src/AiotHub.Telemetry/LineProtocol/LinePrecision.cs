namespace AiotHub.Telemetry.LineProtocol;

/// <summary>The unit of a line's timestamp; the write request names it (<c>precision=ns|us|ms|s</c> in v1 and v2).</summary>
public enum LinePrecision
{
    Nanoseconds,
    Microseconds,
    Milliseconds,
    Seconds,
}
