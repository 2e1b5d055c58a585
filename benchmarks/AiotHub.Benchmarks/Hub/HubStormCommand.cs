using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;

namespace AiotHub.Benchmarks.Hub;

/// <summary>
/// `hub-storm`: issue 13's reconnect storm through the whole hub. The hub runs as in production (child process,
/// embedded broker, in-process device link); a fleet of simulated devices (aiothub-sim, its own process) connects and
/// announces until the hub shows every one online; a probe automation (motion sensor → set on a light) is created. Then
/// the hub is killed (SIGKILL, a power cut) and started again at once on the same data directory and ports: every
/// device reconnects at once (the fleet's own reconnect, --connect-concurrency at a time), subscribes, announces and
/// reports every property. Measured from the restart: when /healthz answers, when it shows every device online, and the
/// sensor → command latency of the probe (its devices reconnect in the same storm) until all are online. The probe's
/// devices are raw sockets read by threads of their own (<see cref="RawProbeDevice"/>), as the broker-only storm's are.
/// Options: --devices N (10,000), --connect-concurrency N (1,000), --interval-ms MS (20, between probes),
/// --after S (5: probes go on this long once all are online, reported apart). Needs `ulimit -n` ≥ 2 × devices + 1,000.
/// </summary>
internal static class HubStormCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var devices = AutomationLatencyCommand.Option(args, "--devices", 10_000);
        var concurrency = AutomationLatencyCommand.Option(args, "--connect-concurrency", 1_000);
        var interval = TimeSpan.FromMilliseconds(AutomationLatencyCommand.Option(args, "--interval-ms", 20));
        var after = TimeSpan.FromSeconds(AutomationLatencyCommand.Option(args, "--after", 5));
        using var cancel = new CancellationTokenSource(TimeSpan.FromMinutes(20));
        var ct = cancel.Token;

        // The fleet's devices arrive new (not placed in a room): room on the pending list for all of them and the probe.
        var hub = HubProcess.Start(string.Create(CultureInfo.InvariantCulture, $"--Devices:MaxPendingDevices={devices + 100}"));
        try
        {
            using var http = await hub.CreateOwnerClientAsync(ct);
            Console.WriteLine($"hub pid {hub.ProcessId}: mqtt {hub.MqttPort}, http {hub.HttpPort}");

            // Reports only on connect (rate 0): the storm is the reconnect itself, not a background rate.
            using var fleet = AutomationLatencyCommand.StartFleet(hub.MqttPort, devices, 0,
                "--connect-concurrency", concurrency.ToString(CultureInfo.InvariantCulture), "--stats", "3600");
            using var stopFleet = new AutomationLatencyCommand.FleetStopper(fleet);
            var first = Stopwatch.StartNew();
            var online = await WaitAllOnlineAsync(http, devices, TimeSpan.FromMinutes(5), ct);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"first connect: {online} of {devices} devices online in {first.Elapsed.TotalSeconds:F1} s (aiothub-sim pid {fleet.Id})"));

            // Online is not done: the devices' first reports are still being taken in. Wait until the hub is quiet.
            var settled = await WaitQuietAsync(http, devices, ct);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"first connect: the hub quiet after {first.Elapsed.TotalSeconds:F1} s ({settled:N0} device messages)"));
            await using (var sensor = await ConnectWhenUpAsync(hub.MqttPort, "probe-sensor", "aiot.sensor.motion1", ct))
            await using (var light = await ConnectWhenUpAsync(hub.MqttPort, "probe-light", "aiot.light.ceiling1", ct))
            {
                await AutomationLatencyCommand.WaitOnlineAsync(http, "probe-sensor", ct);
                await AutomationLatencyCommand.WaitOnlineAsync(http, "probe-light", ct);
                using var created = await http.PostAsJsonAsync("/api/v1/homes/home/automations", JsonDocument.Parse("""
                    {"id": "storm-probe", "name": "Storm probe", "mode": "parallel", "max": 100,
                     "triggers": [{"kind": "property", "deviceId": "probe-sensor", "property": "motion-sensor.motion-state"}],
                     "actions": [{"kind": "set", "deviceId": "probe-light", "properties": {"light.on": true}}]}
                    """).RootElement, ct);
                if (!created.IsSuccessStatusCode)
                    throw new InvalidOperationException($"creating the automation answered {(int)created.StatusCode}: {await created.Content.ReadAsStringAsync(ct)}");
            }

            // Let the write-behind store the devices, then the power cut.
            await Task.Delay(TimeSpan.FromSeconds(2), ct);
            var restarted = Stopwatch.StartNew();
            var killed = hub;
            hub = await killed.RestartAsync();
            await killed.DisposeAsync();
            var storm = new StormWatch(http, devices + 2);
            var watching = Task.Run(() => storm.RunAsync(restarted, ct), ct);

            await using var stormSensor = await ConnectWhenUpAsync(hub.MqttPort, "probe-sensor", "aiot.sensor.motion1", ct);
            await using var stormLight = await ConnectWhenUpAsync(hub.MqttPort, "probe-light", "aiot.light.ceiling1", ct);
            var probesUp = restarted.Elapsed;
            var during = new List<double>();
            var afterwards = new List<double>();
            var lost = 0;
            TimeSpan? stopAt = null;
            for (var i = 0; stopAt is null || restarted.Elapsed < stopAt; i++)
            {
                if (stopAt is null && storm.AllOnline is { } allOnline)
                    stopAt = allOnline + after;
                var setsBefore = stormLight.SetsReceived;
                var sent = await stormSensor.ReportAsync(i % 2 == 0 ? """{"motion-sensor.motion-state":true}""" : """{"motion-sensor.motion-state":false}""", ct);
                var inStorm = storm.AllOnline is null;
                var waited = Stopwatch.StartNew();
                while (stormLight.SetsReceived == setsBefore && waited.Elapsed < TimeSpan.FromSeconds(5))
                    await Task.Delay(1, ct);
                if (stormLight.SetsReceived == setsBefore)
                    lost++;
                else
                    (inStorm ? during : afterwards).Add(Stopwatch.GetElapsedTime(sent, stormLight.LastSetTimestamp).TotalMicroseconds);
                await Task.Delay(interval, ct);
                if (restarted.Elapsed > TimeSpan.FromMinutes(10))
                    break;
            }

            await watching;
            Console.WriteLine();
            Console.WriteLine($"| from the restart (SIGKILL, started again at once) | s |");
            Console.WriteLine($"|---|---:|");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| /healthz answers | {storm.Healthy?.TotalSeconds:F1} |"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| the probe's two devices connected and announced | {probesUp.TotalSeconds:F1} |"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| all {devices + 2:N0} devices online in the hub (/healthz devices.online) | {storm.AllOnline?.TotalSeconds:F1} |"));
            Console.WriteLine();
            Console.WriteLine($"| probe: sensor publish → automation → set received (µs) | p50 | p90 | p99 | max | samples |");
            Console.WriteLine($"|---|---|---|---|---|---|");
            AutomationLatencyCommand.Row("during the storm (until all online)", [.. during]);
            AutomationLatencyCommand.Row(string.Create(CultureInfo.InvariantCulture, $"afterwards ({after.TotalSeconds:F0} s)"), [.. afterwards]);
            Console.WriteLine();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"online at the peak: {storm.MaxOnline:N0}; lost probes {lost}; hub RSS {hub.ResidentBytes() / 1048576} MiB"));
            return storm.AllOnline is null || lost > 0 ? 1 : 0;
        }
        finally
        {
            await hub.DisposeAsync();
        }
    }

    private static async Task<int> WaitAllOnlineAsync(HttpClient http, int devices, TimeSpan limit, CancellationToken cancellationToken)
    {
        var waited = Stopwatch.StartNew();
        var online = 0;
        while (waited.Elapsed < limit)
        {
            online = await OnlineAsync(http, cancellationToken) ?? 0;
            if (online >= devices)
                break;
            await Task.Delay(200, cancellationToken);
        }

        return online;
    }

    /// <summary>
    /// Waits until the hub takes in fewer than 1 % of the devices' count of messages in 2 s — the fleet's own periodic
    /// reports never stop, so "not moving at all" never comes with thousands of devices — or 2 minutes; returns the count.
    /// </summary>
    private static async Task<long> WaitQuietAsync(HttpClient http, int devices, CancellationToken cancellationToken)
    {
        var quiet = Math.Max(10, devices / 100);
        var until = DateTime.UtcNow + TimeSpan.FromMinutes(2);
        long last = -1;
        while (true)
        {
            var health = await http.GetFromJsonAsync<JsonElement>("/healthz", cancellationToken);
            var messages = health.GetProperty("devices").GetProperty("messagesIn").GetInt64();
            if ((last >= 0 && messages - last < quiet) || DateTime.UtcNow > until)
                return messages;
            last = messages;
            await Task.Delay(TimeSpan.FromSeconds(2), cancellationToken);
        }
    }

    internal static async Task<int?> OnlineAsync(HttpClient http, CancellationToken cancellationToken)
    {
        try
        {
            var health = await http.GetFromJsonAsync<JsonElement>("/healthz", cancellationToken);
            return health.GetProperty("devices").GetProperty("online").GetInt32();
        }
        catch (HttpRequestException)
        {
            return null;
        }
    }

    /// <summary>A device of the probe: connects as soon as the restarted hub lets it (the storm has the same rights).</summary>
    private static async Task<RawProbeDevice> ConnectWhenUpAsync(int port, string id, string model, CancellationToken cancellationToken)
    {
        while (true)
        {
            try
            {
                return await RawProbeDevice.ConnectAsync(port, id, model, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                await Task.Delay(20, cancellationToken);
            }
        }
    }

    /// <summary>Polls /healthz every 100 ms from the restart: when it first answers, when every device is online.</summary>
    private sealed class StormWatch(HttpClient http, int expected)
    {
        private long _healthyTicks = -1;
        private long _allOnlineTicks = -1;

        public TimeSpan? Healthy => Read(ref _healthyTicks);

        public TimeSpan? AllOnline => Read(ref _allOnlineTicks);

        public int MaxOnline { get; private set; }

        public async Task RunAsync(Stopwatch restarted, CancellationToken cancellationToken)
        {
            while (restarted.Elapsed < TimeSpan.FromMinutes(10))
            {
                if (await OnlineAsync(http, cancellationToken) is { } online)
                {
                    if (Healthy is null)
                        Interlocked.Exchange(ref _healthyTicks, restarted.Elapsed.Ticks);
                    MaxOnline = Math.Max(MaxOnline, online);
                    if (online >= expected)
                    {
                        Interlocked.Exchange(ref _allOnlineTicks, restarted.Elapsed.Ticks);
                        return;
                    }
                }

                await Task.Delay(100, cancellationToken);
            }
        }

        private static TimeSpan? Read(ref long ticks) => Interlocked.Read(ref ticks) is var t && t >= 0 ? TimeSpan.FromTicks(t) : null;
    }
}
