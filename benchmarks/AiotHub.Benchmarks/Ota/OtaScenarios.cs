using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using AiotHub.Simulators.Fleet;

namespace AiotHub.Benchmarks.Ota;

/// <summary>
/// The rollouts of issue 17's scale proof, shared by the suite's test (a few hundred devices) and the `ota` benchmark
/// (1,000): each uploads a signed release, starts a rollout through testers → 10 % → 50 % → 100 % and follows it
/// until it ends, returning what a maker and the devices saw. The caller asserts (the test) or prints (the benchmark).
/// </summary>
internal static class OtaScenarios
{
    public static readonly string[] Ended = ["halted", "completed", "cancelled"];

    /// <summary>The stages and soak every scenario uses; <paramref name="soakSeconds"/> short so a run fits in minutes.</summary>
    public static JsonObject RolloutBody(int soakSeconds) => new()
    {
        ["stages"] = new JsonArray(10, 50, 100),
        ["soak"] = string.Create(CultureInfo.InvariantCulture, $"{soakSeconds}s"),
        // The default thresholds (failures above 10 % of at least 5 outcomes halt), with "not back" judged after 60 s
        // instead of 15 minutes: a device reboots in seconds here.
        ["thresholds"] = new JsonObject { ["notBackWithin"] = "60s" },
    };

    /// <summary>
    /// A release whose apply fails on every device with probability <paramref name="applyFailure"/> (the fleet's fault,
    /// cleared again at the end): followed until it ends or <paramref name="limit"/>.
    /// </summary>
    public static async Task<RolloutOutcome> BadReleaseAsync(OtaFleet ota, SimulatorFleet fleet, string version, int imageBytes, int seed,
        int soakSeconds, double applyFailure, TimeSpan limit, CancellationToken cancellationToken)
    {
        OtaFaults.SetApplyFailure(fleet, applyFailure);
        try
        {
            return await RollOutAsync(ota, fleet, version, imageBytes, seed, soakSeconds, null, limit, cancellationToken);
        }
        finally
        {
            OtaFaults.SetApplyFailure(fleet, 0);
        }
    }

    /// <summary>
    /// A good release followed until it ends or <paramref name="limit"/>. With <paramref name="disruption"/>: once the
    /// 50 % stage is offered, <paramref name="drops"/> devices that are downloading lose their connection, then the
    /// disruption runs (the caller's hub restart) and the rollout is followed on.
    /// </summary>
    public static Task<RolloutOutcome> GoodReleaseAsync(OtaFleet ota, SimulatorFleet fleet, string version, int imageBytes, int seed,
        int soakSeconds, TimeSpan limit, CancellationToken cancellationToken, Func<Task>? disruption = null, int drops = 0) =>
        RollOutAsync(ota, fleet, version, imageBytes, seed, soakSeconds, disruption is null ? null : new Disruption(disruption, drops), limit, cancellationToken);

    private static async Task<RolloutOutcome> RollOutAsync(OtaFleet ota, SimulatorFleet fleet, string version, int imageBytes, int seed,
        int soakSeconds, Disruption? disruption, TimeSpan limit, CancellationToken cancellationToken)
    {
        // A device still busy with the previous rollout's job answers a new offer "busy" (-4307), which counts as a
        // failure: let the fleet settle first (at most 30 s), as a maker would wait for the last rollout's devices.
        var settle = Stopwatch.StartNew();
        while (fleet.Devices.Any(d => d.Ota.Phase is { } phase && phase != Simulators.Devices.OtaPhase.Ended) && settle.Elapsed < TimeSpan.FromSeconds(30))
            await Task.Delay(200, cancellationToken);
        var release = await ota.UploadReleaseAsync(version, imageBytes, seed, cancellationToken);
        var counters = OtaFaults.Counters(fleet);
        var clock = Stopwatch.StartNew();
        var watch = new RolloutWatch(ota, await ota.StartRolloutAsync(release, RolloutBody(soakSeconds), cancellationToken));
        IReadOnlyList<string> dropped = [];
        string? beforeDisruption = null;
        if (disruption is not null)
        {
            await watch.UntilAsync(r => Ended.Contains(RolloutWatch.Status(r)) || (RolloutWatch.StageIndex(r) >= 1 && RolloutWatch.Count(r, "50%", "offered") > 0),
                limit, cancellationToken, TimeSpan.FromMilliseconds(50));
            dropped = await OtaFaults.DropMidDownloadAsync(fleet, counters, imageBytes, disruption.Drops, TimeSpan.FromSeconds(20), cancellationToken);
            beforeDisruption = RolloutWatch.Describe(watch.Last);
            await disruption.Run();
        }

        // The last stage completes once it has soaked and enough of it is done; the rest of its devices are still
        // finishing. Rolled out means every device announces the version (or the rollout stopped).
        TimeSpan? completed = null;
        var ended = await watch.UntilAsync(r =>
        {
            var status = RolloutWatch.Status(r);
            if (status == "completed")
                completed ??= clock.Elapsed;
            // The device runs the version a moment before the hub has its "succeeded": wait for the hub's count too.
            return status is "halted" or "cancelled"
                || (status == "completed" && fleet.Devices.All(d => d.Firmware == version) && RolloutWatch.Total(r, "pending") == 0);
        }, limit - clock.Elapsed, cancellationToken);
        return new RolloutOutcome(version, ended, clock.Elapsed, completed, watch.Last, watch.Changes,
            fleet.Devices.Where(d => d.Firmware == version).Select(d => d.Id).ToHashSet(StringComparer.Ordinal),
            dropped, OtaFaults.Resumed(fleet, counters, dropped, imageBytes), beforeDisruption);
    }

    private sealed record Disruption(Func<Task> Run, int Drops);
}

/// <summary>
/// How one rollout ended: the maker's last view of it, the changes seen on the way, the devices now on its version;
/// <see cref="Elapsed"/> from the rollout's creation to every device on the version (or the halt), <see cref="Completed"/>
/// to the status "completed".
/// </summary>
internal sealed record RolloutOutcome(
    string Version,
    bool Ended,
    TimeSpan Elapsed,
    TimeSpan? Completed,
    JsonElement Rollout,
    IReadOnlyList<string> Changes,
    IReadOnlySet<string> Updated,
    IReadOnlyList<string> Dropped,
    int Resumed,
    string? BeforeDisruption)
{
    public string Status => RolloutWatch.Status(Rollout);

    public int Stage => RolloutWatch.StageIndex(Rollout);

    public string? HaltReason => Rollout.TryGetProperty("haltReason", out var reason) && reason.ValueKind != JsonValueKind.Null ? reason.ToString() : null;
}
