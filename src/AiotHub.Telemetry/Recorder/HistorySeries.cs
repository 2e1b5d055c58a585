namespace AiotHub.Telemetry.Recorder;

/// <summary>A property's history over [From, To): the resolution chosen, the bucket step (null for raw) and the points, oldest first.</summary>
public sealed record HistorySeries(
    string DeviceId,
    string Key,
    DateTimeOffset From,
    DateTimeOffset To,
    HistoryResolution Resolution,
    TimeSpan? Step,
    IReadOnlyList<HistoryPoint> Points);
