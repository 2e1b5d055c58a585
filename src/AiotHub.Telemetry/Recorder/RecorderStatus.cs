namespace AiotHub.Telemetry.Recorder;

/// <summary>The recorder's figures: file size, samples written, waiting and dropped, series known.</summary>
public sealed record RecorderStatus(long DatabaseBytes, long SamplesWritten, long SamplesBuffered, long SamplesDropped, long Series, string? LastError);
