using System.ComponentModel.DataAnnotations;

namespace AiotHub.Telemetry.Recorder;

/// <summary>The embedded recorder, bound from the "Telemetry:Recorder" section.</summary>
public sealed class TelemetryRecorderOptions
{
    public const string SectionName = "Telemetry:Recorder";

    /// <summary>The recorder's SQLite file; relative paths are under the hub's data directory.</summary>
    public string Path { get; set; } = "telemetry.db";

    /// <summary>How long every raw sample is kept.</summary>
    public TimeSpan RawRetention { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How long 5-minute aggregates (min, max, mean, last, count) are kept.</summary>
    public TimeSpan FiveMinuteRetention { get; set; } = TimeSpan.FromDays(90);

    /// <summary>How long hourly aggregates are kept.</summary>
    public TimeSpan HourlyRetention { get; set; } = TimeSpan.FromDays(5 * 365);

    /// <summary>Samples wait in memory at most this long before one transaction writes them.</summary>
    public TimeSpan FlushInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Samples held in memory at most (the database is slow or gone); past it new ones are dropped and counted.</summary>
    [Range(1_000, 100_000_000)]
    public int MaxBufferedSamples { get; set; } = 1_000_000;

    /// <summary>These settings with <see cref="Path"/> replaced (the host resolves it under its data directory).</summary>
    public TelemetryRecorderOptions WithPath(string path)
    {
        var copy = (TelemetryRecorderOptions)MemberwiseClone();
        copy.Path = path;
        return copy;
    }
}
