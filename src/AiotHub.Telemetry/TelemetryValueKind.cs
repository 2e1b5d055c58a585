namespace AiotHub.Telemetry;

public enum TelemetryValueKind
{
    Float,
    Integer,
    Boolean,
    String,
}
