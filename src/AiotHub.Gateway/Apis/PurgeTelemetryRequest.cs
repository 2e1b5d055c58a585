namespace AiotHub.Gateway.Apis;

/// <summary>POST /api/v1/telemetry/purge: one device's data or all of it, before a time or all of it.</summary>
public sealed record PurgeTelemetryRequest(string? DeviceId = null, DateTimeOffset? Before = null);
