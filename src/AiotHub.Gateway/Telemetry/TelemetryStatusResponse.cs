using AiotHub.Telemetry.Influx;
using AiotHub.Telemetry.Recorder;

namespace AiotHub.Gateway.Telemetry;

/// <summary>
/// GET /api/v1/telemetry: the homes the token owns or integrates, each with its own figures; and,
/// for the hub's administrator only (an owner of the default home), the hub-wide recorder and export
/// figures (null, so absent, for anyone else).
/// </summary>
public sealed record TelemetryStatusResponse(IReadOnlyList<HomeTelemetryStatus> Homes, RecorderStatus? Recorder = null, InfluxSinkStatus? Influx = null);
