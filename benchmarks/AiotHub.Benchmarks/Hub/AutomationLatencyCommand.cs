using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using AiotHub.Mqtt;
using AiotHub.Mqtt.Client;
using AiotHub.Mqtt.Protocol;

namespace AiotHub.Benchmarks.Hub;

/// <summary>
/// `automation-latency`: issue 5's latency target measured end to end. The hub runs as in
/// production (child process, embedded broker); a fleet of simulated devices reports in the
/// background (1,000 at 1 Hz by default); a probe motion sensor reports a change, the hub's
/// automation engine matches it and sends a set to a probe light, and the time from the sensor's
/// publish to the light receiving the set is one sample. The same publish is also received by a
/// plain MQTT subscriber, so the broker hop alone is measured side by side in the same run.
/// Options: --devices N, --rate HZ (per device), --samples N, --interval-ms MS (between probes), --link inprocess|mqttclient,
/// --probe client|raw (the probe devices: our MqttClient, or a raw socket read by a thread of its own, <see cref="RawProbeDevice"/>)
/// (the hub's device link, Devices:Link: in-process by default; mqttclient is the loopback MQTT client the hub used before issue 13).
/// The fleet runs in its own process (aiothub-sim), the hub in another, the probes here.
/// </summary>
internal static class AutomationLatencyCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var devices = Option(args, "--devices", 1_000);
        var rate = Option(args, "--rate", 1.0);
        var samples = Option(args, "--samples", 2_000);
        var interval = TimeSpan.FromMilliseconds(Option(args, "--interval-ms", 20));
        var link = Option(args, "--link", "inprocess") switch
        {
            "inprocess" => "InProcess",
            "mqttclient" => "MqttClient",
            var other => throw new ArgumentException($"--link {other}: inprocess or mqttclient"),
        };
        var rawProbes = Option(args, "--probe", "client") switch
        {
            "client" => false,
            "raw" => true,
            var other => throw new ArgumentException($"--probe {other}: client or raw"),
        };
        using var cancel = new CancellationTokenSource(TimeSpan.FromMinutes(15));
        var ct = cancel.Token;

        await using var hub = HubProcess.Start($"--Devices:Link={link}");
        using var http = await hub.CreateOwnerClientAsync(ct);
        Console.WriteLine($"hub pid {hub.ProcessId}: mqtt {hub.MqttPort}, http {hub.HttpPort}, device link {link}, probes {(rawProbes ? "raw sockets" : "MqttClient")}");

        // The fleet runs in its own process (aiothub-sim), as a house of devices would: in this
        // process its 1,000 connections would share the thread pool with the probes and add their
        // scheduling delays to every sample.
        using var fleet = StartFleet(hub.MqttPort, devices, rate);
        using var stopFleet = new FleetStopper(fleet);
        // The hub's bus is closed (docs/security.md): nobody but the hub hears every device, so the fleet's rate is
        // read from /healthz (device messages the hub received), polled in the background.
        long backgroundMessages = 0;
        using var stopCounting = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var counting = Task.Run(async () =>
        {
            while (!stopCounting.IsCancellationRequested)
            {
                try
                {
                    var health = await http.GetFromJsonAsync<JsonElement>("/healthz", stopCounting.Token);
                    Interlocked.Exchange(ref backgroundMessages, health.GetProperty("devices").GetProperty("messagesIn").GetInt64());
                    await Task.Delay(250, stopCounting.Token);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
            }
        }, CancellationToken.None);
        var fleetRate = await WaitFleetAsync(() => Interlocked.Read(ref backgroundMessages), devices * rate, ct);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"fleet: {devices} devices at {rate} Hz (aiothub-sim, pid {fleet.Id}); {fleetRate:F0} reports/s reach the broker"));

        await using var sensor = await ConnectProbeAsync(rawProbes, hub.MqttPort, "probe-sensor", "aiot.sensor.motion1", ct);
        await using var light = await ConnectProbeAsync(rawProbes, hub.MqttPort, "probe-light", "aiot.light.ceiling1", ct);
        await WaitOnlineAsync(http, "probe-sensor", ct);
        await WaitOnlineAsync(http, "probe-light", ct);

        using (var created = await http.PostAsJsonAsync("/api/v1/homes/home/automations", JsonDocument.Parse("""
            {"id": "latency-probe", "name": "Latency probe", "mode": "parallel", "max": 100,
             "triggers": [{"kind": "property", "deviceId": "probe-sensor", "property": "motion-sensor.motion-state"}],
             "actions": [{"kind": "set", "deviceId": "probe-light", "properties": {"light.on": true}}]}
            """).RootElement, ct))
        {
            if (!created.IsSuccessStatusCode)
                throw new InvalidOperationException($"creating the automation answered {(int)created.StatusCode}: {await created.Content.ReadAsStringAsync(ct)}");
        }

        var automation = new double[samples];
        var hop = new double[samples];
        var lost = 0;
        var publishedBefore = Interlocked.Read(ref backgroundMessages);
        var cpuBefore = hub.CpuTime();
        var wall = Stopwatch.StartNew();
        for (var i = -50; i < samples; i++)
        {
            // The first 50 probes warm up the JIT and the connections and are not counted.
            var setsBefore = light.SetsReceived;
            var hopBefore = sensor.LastEchoTimestamp;
            var sent = await sensor.ReportAsync(i % 2 == 0 ? """{"motion-sensor.motion-state":true}""" : """{"motion-sensor.motion-state":false}""", ct);
            var waited = Stopwatch.StartNew();
            while ((light.SetsReceived == setsBefore || sensor.LastEchoTimestamp == hopBefore) && waited.Elapsed < TimeSpan.FromSeconds(2))
                await Task.Delay(1, ct);
            if (i >= 0)
            {
                if (light.SetsReceived == setsBefore)
                {
                    lost++;
                    automation[i] = double.NaN;
                }
                else
                {
                    automation[i] = Stopwatch.GetElapsedTime(sent, light.LastSetTimestamp).TotalMicroseconds;
                }

                hop[i] = Stopwatch.GetElapsedTime(sent, sensor.LastEchoTimestamp).TotalMicroseconds;
            }

            await Task.Delay(interval, ct);
        }

        var seconds = wall.Elapsed.TotalSeconds;
        var hubCpu = (hub.CpuTime() - cpuBefore).TotalSeconds / seconds;
        var backgroundRate = (Interlocked.Read(ref backgroundMessages) - publishedBefore) / seconds;
        await stopCounting.CancelAsync();
        await counting;
        Console.WriteLine();
        Console.WriteLine($"| path (µs) | p50 | p90 | p99 | max | samples |");
        Console.WriteLine($"|---|---|---|---|---|---|");
        Row("sensor publish → hub automation → set received by the light", automation);
        Row("sensor publish → back to the sensor's own subscription (broker hop alone)", hop);
        Row("the hub's own share (per probe: the path minus its broker hop)", [.. automation.Zip(hop, (a, h) => a - h)]);
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"background: {devices} devices, {backgroundRate:F0} device messages/s reaching the hub; hub CPU {hubCpu * 100:F0} % of one core, RSS {hub.ResidentBytes() / 1048576} MiB; lost probes {lost}"));
        return lost == 0 ? 0 : 1;
    }

    internal static async Task<IProbeDevice> ConnectProbeAsync(bool raw, int port, string id, string model, CancellationToken cancellationToken) =>
        raw ? await RawProbeDevice.ConnectAsync(port, id, model, cancellationToken) : await ProbeDevice.ConnectAsync(port, id, model, cancellationToken);

    internal static Process StartFleet(int port, int devices, double rate, params string[] extraArguments)
    {
        var sim = Path.Combine(AppContext.BaseDirectory, "aiothub-sim.dll");
        var info = new ProcessStartInfo("dotnet",
        [
            sim, "--broker", $"mqtt://127.0.0.1:{port}", "--count", devices.ToString(CultureInfo.InvariantCulture),
            "--rate", rate.ToString(CultureInfo.InvariantCulture), "--profiles", Path.Combine(RepositoryRoot(), "device-profiles"),
            .. extraArguments,
        ])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var process = Process.Start(info) ?? throw new InvalidOperationException("aiothub-sim did not start");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is { Length: > 0 } line)
                Console.Error.WriteLine("aiothub-sim: " + line);
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>Waits until the fleet's reports reach the broker at 95 % of the expected rate (all connected), measured over 2 s.</summary>
    private static async Task<double> WaitFleetAsync(Func<long> received, double expected, CancellationToken cancellationToken)
    {
        var waited = Stopwatch.StartNew();
        double measured = 0;
        while (waited.Elapsed < TimeSpan.FromSeconds(120))
        {
            var before = received();
            await Task.Delay(2_000, cancellationToken);
            measured = (received() - before) / 2.0;
            if (measured >= expected * 0.95)
                break;
        }

        return measured;
    }

    /// <summary>Kills the fleet's process when the run ends, however it ends.</summary>
    internal sealed class FleetStopper(Process fleet) : IDisposable
    {
        public void Dispose()
        {
            if (!fleet.HasExited)
            {
                fleet.Kill(entireProcessTree: true);
                fleet.WaitForExit();
            }
        }
    }

    internal static void Row(string name, double[] values)
    {
        var sorted = values.Where(v => !double.IsNaN(v)).Order().ToArray();
        double P(double p) => sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)(p * sorted.Length))];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {P(0.5):F0} | {P(0.9):F0} | {P(0.99):F0} | {sorted.LastOrDefault():F0} | {sorted.Length} |"));
    }

    internal static async Task WaitOnlineAsync(HttpClient http, string deviceId, CancellationToken cancellationToken)
    {
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < TimeSpan.FromSeconds(30))
        {
            using var response = await http.GetAsync($"/api/v1/homes/home/devices/{deviceId}", cancellationToken);
            if (response.IsSuccessStatusCode
                && (await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken)).TryGetProperty("availability", out var availability)
                && availability.GetRawText().Contains("online", StringComparison.Ordinal))
                return;
            await Task.Delay(100, cancellationToken);
        }

        throw new InvalidOperationException($"{deviceId} never showed online in the API");
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "AiotHub.sln")))
                return directory.FullName;
        }

        throw new InvalidOperationException("run from inside the repository (device-profiles/ is read from its root)");
    }

    internal static T Option<T>(string[] args, string name, T fallback) where T : ISpanParsable<T>
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? T.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
    }
}
