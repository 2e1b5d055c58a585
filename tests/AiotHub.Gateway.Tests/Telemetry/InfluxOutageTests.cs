using System.Globalization;
using System.Text.Json;
using AiotHub.Gateway.Tests.Devices;
using AiotHub.Telemetry.Tests.Servers;

namespace AiotHub.Gateway.Tests.Telemetry;

/// <summary>
/// Issue 6's outage test, at the level of the whole hub: sensors report readings with their own
/// timestamps over MQTT, the time-series server (VictoriaMetrics on the v2 write path) is stopped
/// for <see cref="Outage"/>, the hub is restarted (SIGTERM, then a new process on the same data
/// directory) in the middle of it, the server comes back — and every reading is stored exactly once.
/// </summary>
public sealed class InfluxOutageTests : IDisposable
{
    /// <summary>How long the server is down; lower it locally to iterate, 30 s is what the issue asks and what CI runs.</summary>
    private const int OutageSeconds = 30;

    private const string Sensor = "aiot.sensor.th1";
    private const int Sensors = 3;
    private const int ReadingsPerPhase = 20;
    private static readonly TimeSpan Outage = TimeSpan.FromSeconds(OutageSeconds);
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);
    private static readonly long BaseMs = DateTimeOffset.UtcNow.AddMinutes(-30).ToUnixTimeSeconds() * 1000;
    private readonly string _data = Directory.CreateTempSubdirectory("aiothub-outage-").FullName;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AServerOutageWithAHubRestartInTheMiddleLosesNoReadingAndDuplicatesNone()
    {
        await using var victoria = await VictoriaMetricsServer.StartAsync(Ct);
        string[] settings =
        [
            $"--Telemetry:Influx:Url={victoria.BaseAddress}", "--Telemetry:Influx:Api=V2", "--Telemetry:Influx:Bucket=home", "--Telemetry:Influx:Org=home",
            // Quicker rounds than the defaults, so the test's wait after the outage is short; the logic is the same.
            "--Telemetry:Influx:FlushInterval=00:00:00.200", "--Telemetry:Influx:RetryBaseDelay=00:00:00.200", "--Telemetry:Influx:MaxRetryDelay=00:00:01",
            "--Telemetry:Influx:BreakDuration=00:00:02",
        ];

        await using (var hub = GatewayProcess.StartInDirectory(_data, settings))
        {
            await ReportAsync(hub, phase: 0);
            await HealthAsync(hub, influx => influx.GetProperty("written").GetInt64() == Sensors * ReadingsPerPhase);

            await victoria.StopAsync();
            var outageStarted = DateTime.UtcNow;
            await ReportAsync(hub, phase: 1);
            var failing = await HealthAsync(hub, influx => influx.GetProperty("queuedPoints").GetInt64() == Sensors * ReadingsPerPhase
                && influx.TryGetProperty("lastError", out _));
            Assert.True(failing.TryGetProperty("oldestUnsentAge", out _), failing.ToString());

            await hub.TerminateAsync(Ct);
            Assert.True(await hub.WaitForExitAsync(TimeSpan.FromSeconds(60), Ct) is not null, "the hub did not stop on SIGTERM:\n" + hub.Output);

            await using var restarted = GatewayProcess.StartInDirectory(_data, settings);
            await ReportAsync(restarted, phase: 2);
            await HealthAsync(restarted, influx => influx.GetProperty("queuedPoints").GetInt64() == 2 * Sensors * ReadingsPerPhase);

            // The outage itself: the only fixed wait.
            var rest = Outage - (DateTime.UtcNow - outageStarted);
            if (rest > TimeSpan.Zero)
                await Task.Delay(rest, Ct);
            await victoria.RestartAsync(Ct);
            var done = await HealthAsync(restarted, influx => influx.GetProperty("queuedPoints").GetInt64() == 0
                && influx.GetProperty("written").GetInt64() == 2 * Sensors * ReadingsPerPhase);
            Assert.Equal((0, 0, 0), (done.GetProperty("dropped").GetInt64(), done.GetProperty("rejected").GetInt64(), done.GetProperty("invalid").GetInt64()));
        }

        AssertEveryReadingExactlyOnce(await victoria.ExportAsync(Ct));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_data, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static long Time(int phase, int i) => BaseMs + (((phase * ReadingsPerPhase) + i) * 1000L);

    private static double Value(int sensor, int phase, int i) => Math.Round(10 + sensor + (((phase * ReadingsPerPhase) + i) / 10.0), 1);

    /// <summary>Each sensor connects (the hub may still be starting) and reports one phase of readings; returns when the hub has recorded them all.</summary>
    private static async Task ReportAsync(GatewayProcess hub, int phase)
    {
        for (var sensor = 1; sensor <= Sensors; sensor++)
        {
            await using var device = await ConnectAsync(hub.MqttPort, $"th-{sensor}");
            // Readings sent before the hub's bridge has subscribed, or before it has handled the device's announce,
            // reach no one (plain MQTT: the broker keeps no unretained message without a subscriber): wait for both.
            await DevicesAsync(hub, devices => devices.GetProperty("bridgeConnected").GetBoolean() && devices.GetProperty("known").GetInt32() >= sensor
                && devices.GetProperty("online").GetInt32() >= 1);
            for (var i = 0; i < ReadingsPerPhase; i++)
            {
                var json = string.Create(CultureInfo.InvariantCulture,
                    $$$"""{"ts":{{{Time(phase, i)}}},"values":{"environment.temperature":{{{Value(sensor, phase, i):0.0}}}}}""");
                await device.PublishAsync("properties", json, Ct);
            }
        }

        var expected = (phase == 2 ? 1 : phase + 1) * Sensors * ReadingsPerPhase;
        await HealthAsync(hub, _ => true, recorder => recorder.GetProperty("samplesWritten").GetInt64() + recorder.GetProperty("samplesBuffered").GetInt64() >= expected);
    }

    private static async Task<TestDevice> ConnectAsync(int port, string id)
    {
        var started = DateTime.UtcNow;
        while (true)
        {
            try
            {
                return await TestDevice.StartAsync(port, id, Sensor, Ct);
            }
            catch (Exception) when (DateTime.UtcNow - started < Patience)
            {
                await Task.Delay(100, Ct);
            }
        }
    }

    /// <summary>Polls /healthz until its devices section satisfies the condition.</summary>
    private static Task<JsonElement> DevicesAsync(GatewayProcess hub, Func<JsonElement, bool> condition) =>
        GatewayHealth.WaitAsync(hub, body => body.TryGetProperty("devices", out var devices) && condition(devices), Patience, Ct);

    /// <summary>Polls /healthz until the export's (and the recorder's) figures satisfy the conditions; returns the export's section.</summary>
    private static async Task<JsonElement> HealthAsync(GatewayProcess hub, Func<JsonElement, bool> influx, Func<JsonElement, bool>? recorder = null) =>
        (await GatewayHealth.WaitAsync(hub, body => influx(body.GetProperty("telemetry").GetProperty("influx"))
            && (recorder?.Invoke(body.GetProperty("telemetry").GetProperty("recorder")) ?? true), Patience, Ct))
        .GetProperty("telemetry").GetProperty("influx");

    private static void AssertEveryReadingExactlyOnce(IReadOnlyList<JsonElement> exported)
    {
        var series = exported.Where(s => s.GetProperty("metric").GetProperty("__name__").GetString() == "environment_temperature").ToList();
        Assert.Equal(Sensors, series.Count);
        foreach (var one in series)
        {
            var metric = one.GetProperty("metric");
            Assert.Equal(("home", Sensor), (metric.GetProperty("home").GetString(), metric.GetProperty("model").GetString()));
            var sensor = int.Parse(metric.GetProperty("device").GetString()!["th-".Length..], CultureInfo.InvariantCulture);
            var stored = one.GetProperty("timestamps").EnumerateArray().Select(t => t.GetInt64())
                .Zip(one.GetProperty("values").EnumerateArray().Select(v => v.GetDouble()))
                .OrderBy(p => p.First).ToList();
            var expected = Enumerable.Range(0, 3).SelectMany(phase => Enumerable.Range(0, ReadingsPerPhase).Select(i => (Time(phase, i), Value(sensor, phase, i)))).ToList();
            Assert.Equal(expected.Select(e => e.Item1), stored.Select(s => s.First));
            Assert.Equal(expected.Select(e => e.Item2), stored.Select(s => s.Second));
        }
    }
}
