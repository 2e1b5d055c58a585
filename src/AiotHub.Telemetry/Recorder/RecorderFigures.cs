namespace AiotHub.Telemetry.Recorder;

/// <summary>What the recorder holds for a set of devices: the series recorded and the raw samples still kept.</summary>
public sealed record RecorderFigures(long Series, long RawSamples);
