namespace AiotHub.Telemetry.Recorder;

public enum HistoryResolution
{
    /// <summary>Every recorded sample.</summary>
    Raw,

    /// <summary>Buckets of <see cref="HistorySeries.Step"/> computed from the raw samples.</summary>
    RawBuckets,

    /// <summary>Buckets of a multiple of 5 minutes from the 5-minute aggregates.</summary>
    FiveMinutes,

    /// <summary>Buckets of a multiple of an hour from the hourly aggregates.</summary>
    Hourly,
}
