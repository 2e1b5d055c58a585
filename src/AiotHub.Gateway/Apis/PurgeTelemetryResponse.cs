namespace AiotHub.Gateway.Apis;

/// <summary>The rows (raw samples and aggregates) a purge deleted.</summary>
public sealed record PurgeTelemetryResponse(long Deleted);
