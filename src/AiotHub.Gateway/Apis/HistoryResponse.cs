using AiotHub.Telemetry.Recorder;

namespace AiotHub.Gateway.Apis;

/// <summary>
/// A property's history: raw points ({time, value}) when <see cref="Step"/> is null, otherwise
/// buckets ({time, min, max, mean, last, count}) of that step ("5m", "1h"), oldest first.
/// </summary>
public sealed record HistoryResponse(
    string DeviceId, string Property, string? Unit, HistoryResolution Resolution, string? Step, DateTimeOffset From, DateTimeOffset To,
    IReadOnlyList<HistoryPointResponse> Points);
