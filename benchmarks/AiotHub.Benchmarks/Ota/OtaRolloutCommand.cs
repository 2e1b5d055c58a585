using System.Globalization;
using AiotHub.Benchmarks.Hub;

namespace AiotHub.Benchmarks.Ota;

/// <summary>
/// `ota`: issue 17's firmware rollout at scale through the whole hub. The hub runs as in production (child process,
/// embedded broker) with short soak times and timeouts by configuration (<see cref="OtaFleet.HubArguments"/>); a maker uploads
/// an openssl-signed release of its model; a fleet of one model (in this process; --testers of them in a tester home)
/// takes the updates over MQTT and HTTP. Three rollouts, one after the other, each through the stages
/// testers → 10 % → 50 % → 100 %:
/// 1. a bad release (every device fails the apply with probability 0.2): halted in the tester ring, the 10 % stage
///    never offered — its timeline printed;
/// 2. a good release: the time until every device is updated, the hub's CPU and memory meanwhile beside the idle hub
///    (the same fleet connected, nothing rolling out);
/// 3. another good release with a power cut of the hub (SIGKILL, started again) in the 50 % stage and --disconnects
///    devices dropped mid-download: it completes, and the dropped devices resume their downloads.
/// Options: --devices N (1,000), --testers N (50), --image-kib N (256), --soak S (10), --seed N (1), --disconnects N (20),
/// --download-seconds S (4: each device's download speed is the image over this, a slow radio).
/// </summary>
internal static class OtaRolloutCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var devices = AutomationLatencyCommand.Option(args, "--devices", 1_000);
        var testers = AutomationLatencyCommand.Option(args, "--testers", 50);
        var imageBytes = AutomationLatencyCommand.Option(args, "--image-kib", 256) * 1024;
        var soak = AutomationLatencyCommand.Option(args, "--soak", 10);
        var seed = AutomationLatencyCommand.Option(args, "--seed", 1);
        var disconnects = AutomationLatencyCommand.Option(args, "--disconnects", 20);
        var downloadSeconds = AutomationLatencyCommand.Option(args, "--download-seconds", 4.0);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMinutes(30));
        var ct = cancel.Token;
        var failed = false;

        var hub = HubProcess.Start(OtaFleet.HubArguments);
        try
        {
            using var owner = await hub.CreateOwnerClientAsync(ct);
            Console.WriteLine($"hub pid {hub.ProcessId}: mqtt {hub.MqttPort}, http {hub.HttpPort}");
            using var ota = await OtaFleet.CreateAsync(owner, devices, testers, ct);
            await ota.SwitchTestersOnAsync(ct);
            await using var fleet = ota.CreateFleet(hub.MqttPort, seed, imageBytes / downloadSeconds);
            var connected = await fleet.StartAsync(ct);
            var online = await WaitOnlineAsync(owner, devices, ct);
            Console.WriteLine($"{connected} of {devices} devices connected, {online} online in the hub ({testers} testers)");

            // The idle hub: the same fleet connected (its connects taken in), nothing rolling out.
            await Task.Delay(TimeSpan.FromSeconds(5), ct);
            var idle = await MeasureAsync(hub, () => Task.Delay(TimeSpan.FromSeconds(10), ct));

            // 1. The bad release.
            var bad = await OtaScenarios.BadReleaseAsync(ota, fleet, "1.1.0", imageBytes, seed, soak, 0.2, TimeSpan.FromMinutes(5), ct);
            var outside = bad.Updated.Count(id => !ota.Testers.Contains(id));
            var halted = bad.Status == "halted" && bad.Stage == -1 && RolloutWatch.Total(bad.Rollout, "offered") == RolloutWatch.Count(bad.Rollout, "testers", "offered");
            failed |= !halted || outside > 0;
            Console.WriteLine();
            Console.WriteLine($"bad release 1.1.0 (apply fails with p = 0.2): {(halted ? "halted in the tester ring" : "NOT halted in the tester ring")} — {RolloutWatch.Describe(bad.Rollout)}");
            Console.WriteLine($"halt reason: {bad.HaltReason ?? "(none)"}; devices outside the tester ring on 1.1.0: {outside}");
            Console.WriteLine("the hub's timeline:");
            foreach (var line in RolloutWatch.Timeline(bad.Rollout))
                Console.WriteLine("  " + line);

            // 2. The good release, measured.
            RolloutOutcome? good = null;
            var rolling = await MeasureAsync(hub, async () => good = await OtaScenarios.GoodReleaseAsync(ota, fleet, "1.2.0", imageBytes, seed + 1, soak, TimeSpan.FromMinutes(15), ct));
            failed |= good!.Status != "completed" || good.Updated.Count != devices;
            Console.WriteLine();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"good release 1.2.0: {good.Status} in {good.Elapsed.TotalSeconds:F1} s; {good.Updated.Count} of {devices} devices announce 1.2.0 — {RolloutWatch.Describe(good.Rollout)}"));
            foreach (var line in good.Changes)
                Console.WriteLine("  " + line);
            Console.WriteLine(idle.Line("idle hub"));
            Console.WriteLine(rolling.Line("rolling out"));

            // 3. A power cut in the 50 % stage and devices dropped mid-download.
            var third = await OtaScenarios.GoodReleaseAsync(ota, fleet, "1.3.0", imageBytes, seed + 2, soak, TimeSpan.FromMinutes(15), ct,
                async () =>
                {
                    var killed = hub;
                    hub = await killed.RestartAsync();
                    await killed.DisposeAsync();
                }, disconnects);
            failed |= third.Status != "completed" || third.Updated.Count != devices || third.Resumed < third.Dropped.Count;
            Console.WriteLine();
            Console.WriteLine($"release 1.3.0 with a hub restart (SIGKILL) in the 50 % stage; before the kill: {third.BeforeDisruption}");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  then {third.Status} in {third.Elapsed.TotalSeconds:F1} s; {third.Updated.Count} of {devices} announce 1.3.0 — {RolloutWatch.Describe(third.Rollout)}"));
            Console.WriteLine($"  {third.Dropped.Count} devices dropped mid-download, {third.Resumed} of them resumed (a Range request from where they were)");
            foreach (var line in third.Changes)
                Console.WriteLine("  " + line);
            return failed ? 1 : 0;
        }
        finally
        {
            await hub.DisposeAsync();
        }
    }

    private static async Task<int> WaitOnlineAsync(HttpClient owner, int devices, CancellationToken cancellationToken)
    {
        var until = DateTime.UtcNow + TimeSpan.FromMinutes(3);
        var online = 0;
        while (DateTime.UtcNow < until)
        {
            online = await HubStormCommand.OnlineAsync(owner, cancellationToken) ?? 0;
            if (online >= devices)
                break;
            await Task.Delay(250, cancellationToken);
        }

        return online;
    }

    /// <summary>The hub's CPU (cores: its CPU time over the wall time) and resident memory while <paramref name="work"/> runs.</summary>
    private static async Task<HubLoad> MeasureAsync(HubProcess hub, Func<Task> work)
    {
        using var sampler = new HubSampler(hub.ProcessId, hub.HttpPort);
        var cpu = hub.CpuTime();
        var start = sampler.Now;
        await work();
        var wall = sampler.Now - start;
        return new HubLoad(wall, (hub.CpuTime() - cpu) / wall, sampler.SteadyBytes(wall), sampler.Between(start, sampler.Now).PeakBytes);
    }

    private sealed record HubLoad(TimeSpan Wall, double Cores, long MedianBytes, long PeakBytes)
    {
        public string Line(string phase) => string.Create(CultureInfo.InvariantCulture,
            $"{phase}: {Wall.TotalSeconds:F1} s, hub CPU {Cores:F2} cores, RSS median {MedianBytes / 1048576.0:F0} MiB, peak {PeakBytes / 1048576.0:F0} MiB");
    }
}
