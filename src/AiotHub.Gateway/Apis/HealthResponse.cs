using System.Text.Json.Serialization;
using AiotHub.Gateway.Automations;
using AiotHub.Gateway.Devices;
using AiotHub.Gateway.Mqtt;
using AiotHub.Gateway.Telemetry;
using AiotHub.Gateway.Voice;

namespace AiotHub.Gateway.Apis;

/// <summary>
/// The body of /healthz: "healthy" or "unhealthy", and why; the devices' counts when the bridge runs; the recorder's
/// and the InfluxDB export's figures; the automation engine's queue; the listening devices' voice commands (heard, answered, dropped). Only the status for a caller who may not see the figures (HealthApi).
/// </summary>
public sealed record HealthResponse(
    string Status,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] MqttStatus? Mqtt = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] DevicesStatus? Devices = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] TelemetryStatus? Telemetry = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] AutomationStatus? Automations = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] VoiceListenerStatus? Voice = null);
