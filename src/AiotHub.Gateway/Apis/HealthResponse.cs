using AiotHub.Gateway.Devices;
using AiotHub.Gateway.Mqtt;

namespace AiotHub.Gateway.Apis;

/// <summary>The body of /healthz: "healthy" or "unhealthy", and why; the devices' counts when the bridge runs.</summary>
public sealed record HealthResponse(string Status, MqttStatus Mqtt, DevicesStatus? Devices = null);
