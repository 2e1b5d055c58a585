using AiotHub.Telemetry.Influx;
using AiotHub.Telemetry.Recorder;

namespace AiotHub.Gateway.Telemetry;

/// <summary>The telemetry section of /healthz and GET /api/v1/telemetry: the recorder's figures, and the export's when it is configured.</summary>
public sealed record TelemetryStatus(RecorderStatus Recorder, InfluxSinkStatus? Influx);
