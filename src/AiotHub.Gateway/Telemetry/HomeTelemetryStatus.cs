namespace AiotHub.Gateway.Telemetry;

/// <summary>One home's part of the recorder: its devices, the series recorded for them and the raw samples kept.</summary>
public sealed record HomeTelemetryStatus(string HomeId, int Devices, long Series, long RawSamples);
