using AiotHub.Telemetry.Influx;

namespace AiotHub.Telemetry.Tests.Influx;

internal static class TestPoints
{
    public static readonly DateTimeOffset Start = new(2026, 12, 1, 8, 0, 0, TimeSpan.Zero);

    /// <summary>Point <paramref name="i"/> of a stream: device th-(i % devices), temperature i / 10, one millisecond apart.</summary>
    public static TelemetryPoint Temperature(int i, int devices = 10) => new(
        "home", "bedroom", $"th-{i % devices}", "aiot.sensor.th1", "temperature-humidity-sensor", "temperature",
        TelemetryValue.Float(i / 10.0), Start.AddMilliseconds(i));

    public static InfluxSinkOptions Fast(Uri url, InfluxApiVersion api) => new()
    {
        Url = url,
        Api = api,
        Database = "home",
        Org = "home",
        Bucket = "home",
        FlushInterval = TimeSpan.FromMilliseconds(50),
        RetryBaseDelay = TimeSpan.FromMilliseconds(50),
        MaxRetryDelay = TimeSpan.FromMilliseconds(300),
        RetryAttempts = 2,
        BreakAfterFailures = 2,
        BreakDuration = TimeSpan.FromMilliseconds(500),
        RequestTimeout = TimeSpan.FromSeconds(5),
    };
}
