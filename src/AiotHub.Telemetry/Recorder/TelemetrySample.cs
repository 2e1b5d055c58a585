namespace AiotHub.Telemetry.Recorder;

/// <summary>
/// One recorded value of a device property ("service.property"): numbers (and booleans as 0/1)
/// in <see cref="Number"/>, which the aggregates use; anything else as JSON text in <see cref="Text"/>.
/// </summary>
public readonly record struct TelemetrySample(string DeviceId, string Key, double? Number, string? Text, long UnixMilliseconds);
