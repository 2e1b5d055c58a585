namespace AiotHub.Telemetry.Recorder;

/// <summary>
/// The recorder's figures: file size, samples written, waiting and dropped (memory bound), series known, the last
/// error, and samples ignored because a row for the same device, property and millisecond was already held.
/// </summary>
public sealed record RecorderStatus(long DatabaseBytes, long SamplesWritten, long SamplesBuffered, long SamplesDropped, long Series, string? LastError,
    long SamplesDuplicate = 0);
