using AiotHub.Gateway.Mqtt;

namespace AiotHub.Gateway.Apis;

/// <summary>The body of /healthz: "healthy" or "unhealthy", and why.</summary>
public sealed record HealthResponse(string Status, MqttStatus Mqtt);
