using System.Globalization;
using System.Text;
using System.Text.Json;
using AiotHub.Gateway.Tests.Devices;
using AiotHub.Mqtt;
using AiotHub.Mqtt.Client;
using AiotHub.Mqtt.Protocol;
using AiotHub.Telemetry.Tests.Servers;

namespace AiotHub.Gateway.Tests.Telemetry;

/// <summary>
/// Issue 13's promise, measured the way the issue measured its breach: a sensor streams QoS 1 temperature readings at
/// 100 a second with unique timestamps; VictoriaMetrics is stopped for 30 s; in the middle the hub is killed with
/// kill -9 (no flush, no goodbye) and started again on the same data directory. The sensor does what a device does:
/// sends again every reading it has no PUBACK for, and — to prove a redelivery is recognised — sends again readings the
/// hub had already acknowledged. Every reading the hub acknowledged must reach VictoriaMetrics exactly once.
/// </summary>
public sealed class AcknowledgedReadingsKillTests : IDisposable
{
    private const int OutageSeconds = 30;
    private const string Sensor = "aiot.sensor.th1";
    private const string DeviceId = "th-kill";
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(10);
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(120);
    private static readonly long BaseMs = DateTimeOffset.UtcNow.AddMinutes(-20).ToUnixTimeMilliseconds();
    private readonly string _data = Directory.CreateTempSubdirectory("aiothub-kill-").FullName;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task EveryReadingTheHubAcknowledgedReachesTheServerExactlyOnceThroughAnOutageAndAKill9()
    {
        await using var victoria = await VictoriaMetricsServer.StartAsync(Ct);
        string[] settings =
        [
            $"--Telemetry:Influx:Url={victoria.BaseAddress}", "--Telemetry:Influx:Api=V2", "--Telemetry:Influx:Bucket=home", "--Telemetry:Influx:Org=home",
            // The export's default flush interval (1 s): what a kill -9 used to lose. Quicker retries, so the backlog drains soon.
            "--Telemetry:Influx:RetryBaseDelay=00:00:00.200", "--Telemetry:Influx:MaxRetryDelay=00:00:01",
            "--Telemetry:Influx:BreakDuration=00:00:02",
        ];
        var sent = new Dictionary<int, Task<bool>>();
        var next = 0;

        await using (var hub = GatewayProcess.StartInDirectory(_data, settings))
        {
            await using var device = await ConnectAsync(hub);
            // Streaming while the server is up, then down; the kill lands in the middle of the outage.
            next = await StreamAsync(device, sent, next, TimeSpan.FromSeconds(3));
            await victoria.StopAsync();
            var outageStarted = DateTime.UtcNow;
            next = await StreamAsync(device, sent, next, TimeSpan.FromSeconds(8));
            hub.Kill();
            Assert.True(await hub.WaitForExitAsync(TimeSpan.FromSeconds(20), Ct) is not null, "the hub did not die");
            await Task.WhenAll(sent.Values).WaitAsync(TimeSpan.FromSeconds(30), Ct);
            var acknowledgedBeforeKill = sent.Where(s => s.Value.Result).Select(s => s.Key).Order().ToList();
            Assert.True(acknowledgedBeforeKill.Count > 500, $"only {acknowledgedBeforeKill.Count} readings acknowledged before the kill:\n{hub.Output}");

            await using var restarted = GatewayProcess.StartInDirectory(_data, settings);
            await using var again = await ConnectAsync(restarted);
            // What a device does after reconnecting: everything without a PUBACK is sent again...
            foreach (var i in sent.Where(s => !s.Value.Result).Select(s => s.Key).Order().ToList())
                sent[i] = PublishAsync(again, i);
            // ...and, as a lost PUBACK would make it, the last 200 readings the dead hub had acknowledged.
            var duplicates = acknowledgedBeforeKill.TakeLast(200).Select(i => PublishAsync(again, i)).ToList();
            next = await StreamAsync(again, sent, next, TimeSpan.FromSeconds(5));

            var rest = TimeSpan.FromSeconds(OutageSeconds) - (DateTime.UtcNow - outageStarted);
            if (rest > TimeSpan.Zero)
                await Task.Delay(rest, Ct);
            await victoria.RestartAsync(Ct);
            next = await StreamAsync(again, sent, next, TimeSpan.FromSeconds(2));
            await Task.WhenAll([.. sent.Values, .. duplicates]).WaitAsync(TimeSpan.FromSeconds(30), Ct);
            Assert.All(sent, s => Assert.True(s.Value.Result, $"reading {s.Key} was never acknowledged"));
            Assert.All(duplicates, d => Assert.True(d.Result));

            var done = await HealthAsync(restarted, telemetry => telemetry.GetProperty("influx").GetProperty("queuedPoints").GetInt64() == 0);
            Assert.Equal(0, done.GetProperty("influx").GetProperty("dropped").GetInt64());
        }

        var stored = Readings(await victoria.ExportAsync(Ct));
        var missing = Enumerable.Range(0, next).Where(i => !stored.ContainsKey(Time(i))).ToList();
        var twice = stored.Where(s => s.Value.Count > 1).Select(s => s.Key).ToList();
        Assert.True(missing.Count == 0, $"{missing.Count} acknowledged readings never arrived, e.g. {string.Join(", ", missing.Take(10))}");
        Assert.True(twice.Count == 0, $"{twice.Count} readings arrived more than once, e.g. {string.Join(", ", twice.Take(10))}");
        Assert.All(Enumerable.Range(0, next), i => Assert.Equal(Value(i), stored[Time(i)][0]));
        Assert.Equal(next, stored.Count);
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

    private static long Time(int i) => BaseMs + (i * 10L);

    /// <summary>On the profile's 0.1 step, so every reading is valid.</summary>
    private static double Value(int i) => Math.Round(15 + ((i % 100) / 10.0), 1);

    /// <summary>Publishes a reading every 10 ms for <paramref name="duration"/> without waiting for its PUBACK (a device's in-flight window).</summary>
    private static async Task<int> StreamAsync(TestDevice device, Dictionary<int, Task<bool>> sent, int next, TimeSpan duration)
    {
        using var timer = new PeriodicTimer(Interval);
        var until = DateTime.UtcNow + duration;
        while (DateTime.UtcNow < until && await timer.WaitForNextTickAsync(Ct))
        {
            sent[next] = PublishAsync(device, next);
            next++;
        }

        return next;
    }

    /// <summary>True once the hub acknowledged it; false when the connection died first.</summary>
    private static async Task<bool> PublishAsync(TestDevice device, int i)
    {
        var json = string.Create(CultureInfo.InvariantCulture, $$$"""{"ts":{{{Time(i)}}},"values":{"environment.temperature":{{{Value(i)}}}}}""");
        try
        {
            var result = await device.Client.PublishAsync(new MqttApplicationMessage
            {
                Topic = $"aiot/{DeviceId}/properties",
                Payload = Encoding.UTF8.GetBytes(json),
                QualityOfService = MqttQualityOfService.AtLeastOnce,
            }, Ct);
            return result.IsSuccess;
        }
        catch (Exception e) when (e is not OperationCanceledException || !Ct.IsCancellationRequested)
        {
            return false;
        }
    }

    /// <summary>Connects (the hub may still be starting), announces, and waits until the hub knows the device and listens.</summary>
    private static async Task<TestDevice> ConnectAsync(GatewayProcess hub)
    {
        var started = DateTime.UtcNow;
        TestDevice device;
        while (true)
        {
            try
            {
                device = await TestDevice.StartAsync(hub.MqttPort, DeviceId, Sensor, Ct);
                break;
            }
            catch (Exception) when (DateTime.UtcNow - started < Patience)
            {
                await Task.Delay(100, Ct);
            }
        }

        await HealthAsync(hub, _ => true, devices => devices.GetProperty("bridgeConnected").GetBoolean() && devices.GetProperty("online").GetInt32() >= 1);
        return device;
    }

    private static async Task<JsonElement> HealthAsync(GatewayProcess hub, Func<JsonElement, bool> telemetry, Func<JsonElement, bool>? devices = null) =>
        (await GatewayHealth.WaitAsync(hub, body => telemetry(body.GetProperty("telemetry")) && (devices?.Invoke(body.GetProperty("devices")) ?? true), Patience, Ct))
        .GetProperty("telemetry");

    /// <summary>Timestamp → the values stored at it (more than one: a duplicate).</summary>
    private static Dictionary<long, List<double>> Readings(IReadOnlyList<JsonElement> exported)
    {
        var readings = new Dictionary<long, List<double>>();
        foreach (var series in exported.Where(s => s.GetProperty("metric").GetProperty("__name__").GetString() == "environment_temperature"
                     && s.GetProperty("metric").GetProperty("device").GetString() == DeviceId))
        {
            foreach (var (time, value) in series.GetProperty("timestamps").EnumerateArray().Select(t => t.GetInt64())
                         .Zip(series.GetProperty("values").EnumerateArray().Select(v => v.GetDouble())))
            {
                if (!readings.TryGetValue(time, out var values))
                    readings[time] = values = [];
                values.Add(value);
            }
        }

        return readings;
    }
}
