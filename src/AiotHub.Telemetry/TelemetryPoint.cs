namespace AiotHub.Telemetry;

/// <summary>
/// One reading of one device property: in InfluxDB the measurement is the profile's service
/// ("temperature-humidity-sensor"), the field the property ("temperature"), and the tags say whose
/// it is (home, room, device, model) — so one query charts a kind of reading across the home.
/// </summary>
public readonly record struct TelemetryPoint(
    string HomeId,
    string? RoomId,
    string DeviceId,
    string Model,
    string Service,
    string Property,
    TelemetryValue Value,
    DateTimeOffset Time);
