using AiotHub.Gateway.Devices;
using AiotHub.Gateway.Mqtt;
using AiotHub.Gateway.Telemetry;

namespace AiotHub.Gateway.Apis;

/// <summary>The body of /healthz: "healthy" or "unhealthy", and why; the devices' counts when the bridge runs; the recorder's and the InfluxDB export's figures.</summary>
public sealed record HealthResponse(string Status, MqttStatus Mqtt, DevicesStatus? Devices = null, TelemetryStatus? Telemetry = null);
