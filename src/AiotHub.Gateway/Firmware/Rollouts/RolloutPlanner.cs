using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using AiotHub.Core.Firmware;

namespace AiotHub.Gateway.Firmware.Rollouts;

/// <summary>
/// The rollout's rules as a pure function (docs/ota.md "Rollout rings"): given a rollout, its jobs, the devices of its
/// model and the time, what happens next — jobs the hub resolves itself (the device is back with the new firmware, or
/// not back in time, or never progressed), the halt when the current ring crosses a threshold, new offers to the
/// devices whose ring has come, applies outside quiet hours and postponements, and the next stage once the current
/// one has soaked. No clock, no I/O: the same input gives the same plan.
/// </summary>
internal static class RolloutPlanner
{
    public static RolloutPlan Plan(
        Rollout rollout,
        IReadOnlyCollection<RolloutJob> jobs,
        IReadOnlyList<RolloutDevice> devices,
        IReadOnlyDictionary<string, CommandCounts> commands,
        DateTimeOffset now,
        RolloutTimings timings)
    {
        var plan = new RolloutPlan(rollout);
        var byId = devices.ToDictionary(d => d.Id, StringComparer.Ordinal);
        var current = Resolve(rollout, jobs, byId, now, plan);
        if (rollout.Status is RolloutStatus.Halted or RolloutStatus.Cancelled or RolloutStatus.Paused)
            return plan;

        var jobByDevice = current.ToDictionary(j => j.DeviceId, StringComparer.Ordinal);
        if (rollout.IsRunning)
        {
            var ring = Stats(rollout, current, devices, commands).First(s => s.Ring == rollout.StageIndex);
            if (Breach(rollout.Thresholds, ring) is { } reason)
            {
                Halt(plan, current, reason, now, automatic: true);
                return plan;
            }
        }

        // Jobs already started go on in a completed rollout too: re-offered, applied, resolved.
        foreach (var job in current)
        {
            if (!byId.TryGetValue(job.DeviceId, out var device) || !device.Online)
                continue;
            if (job.State is RolloutJobState.Offered or RolloutJobState.Downloading && now - job.Updated >= timings.OfferTimeout)
            {
                if (job.Offers >= timings.MaxOffers)
                    plan.Resolved.Add(job with { State = RolloutJobState.Failed, Code = OtaResultCodes.DownloadFailed,
                        Message = string.Create(CultureInfo.InvariantCulture, $"no progress after {job.Offers} offers"), Updated = now, Completed = now });
                else
                    plan.Reoffers.Add(job);
            }
            else if (job.State == RolloutJobState.Ready && !device.Quiet && !device.IsPostponed(now) && !device.Refused)
            {
                plan.Applies.Add(job);
            }
        }

        if (!rollout.IsRunning)
            return plan;

        foreach (var (device, ring) in Assign(rollout, jobByDevice, devices))
        {
            if (ring <= rollout.StageIndex && device.Online && !device.IsPostponed(now))
                plan.Offers.Add((device, ring));
        }

        Advance(plan, current, devices, commands, now);
        return plan;
    }

    /// <summary>Each ring's figures: the testers ring first, then each stage.</summary>
    public static IReadOnlyList<RolloutRingStats> Stats(
        Rollout rollout, IReadOnlyCollection<RolloutJob> jobs, IReadOnlyList<RolloutDevice> devices, IReadOnlyDictionary<string, CommandCounts> commands)
    {
        var waiting = Assign(rollout, jobs.ToDictionary(j => j.DeviceId, StringComparer.Ordinal), devices)
            .GroupBy(a => a.Ring).ToDictionary(g => g.Key, g => g.Count());
        var stats = new List<RolloutRingStats>();
        for (var ring = Rollout.TestersRing; ring < rollout.Stages.Count; ring++)
        {
            var inRing = jobs.Where(j => j.Ring == ring).ToList();
            var updated = inRing.Where(j => j.State == RolloutJobState.Succeeded);
            var counts = updated.Aggregate(default(CommandCounts), (sum, j) => sum + commands.GetValueOrDefault(j.DeviceId));
            stats.Add(new RolloutRingStats(
                ring,
                inRing.Count + waiting.GetValueOrDefault(ring),
                inRing.Count,
                inRing.Count(j => j.State is RolloutJobState.Succeeded or RolloutJobState.RollingBack or RolloutJobState.RolledBack),
                inRing.Count(j => j.State == RolloutJobState.Failed),
                inRing.Count(j => j.State == RolloutJobState.NotBack),
                inRing.Count(j => j.IsBeforeApply || j.State == RolloutJobState.Applying),
                inRing.Count(j => j.State == RolloutJobState.Applying),
                counts));
        }

        return stats;
    }

    /// <summary>Why the ring's figures halt the rollout, or null.</summary>
    public static string? Breach(RolloutThresholds thresholds, RolloutRingStats ring)
    {
        // A failed install reports at once while a good one reports only after its reboot: counting only outcomes would
        // judge the first minutes on failures alone. The devices told to install count as tries from the moment they are
        // told (a try that has not failed yet), so the rate is failures over installs begun.
        var outcomes = ring.Outcomes;
        var tries = outcomes + ring.Applying;
        if (outcomes >= thresholds.MinSamples && tries > 0)
        {
            if ((double)ring.Failed / tries > thresholds.FailureRate)
                return Rate("update failures", ring.Failed, tries, thresholds.FailureRate);
            if ((double)ring.NotBack / tries > thresholds.NotBackRate)
                return Rate($"devices not back within {Durations.Format(thresholds.NotBackWithin)}", ring.NotBack, tries, thresholds.NotBackRate);
        }

        var commands = ring.Commands;
        if (commands.Total >= thresholds.MinCommandSamples && commands.Total > 0 && (double)commands.Errors / commands.Total > thresholds.CommandErrorRate)
            return Rate("commands rejected or timed out on updated devices", commands.Errors, commands.Total, thresholds.CommandErrorRate);
        return null;
    }

    /// <summary>
    /// Stops the rollout: every job not yet applied is cancelled; with <paramref name="rollback"/> (or, when automatic,
    /// the thresholds' RollbackOnHalt) the current ring's updated devices are sent rollback.
    /// </summary>
    public static void Halt(RolloutPlan plan, IReadOnlyCollection<RolloutJob> jobs, string reason, DateTimeOffset now, bool automatic, bool rollback = false)
    {
        var rollout = plan.Rollout;
        plan.Rollout = rollout with { Status = RolloutStatus.Halted, HaltReason = reason };
        plan.Changed = true;
        plan.Events.Add(new RolloutEvent(now, "halted", (automatic ? "automatic: " : "") + reason));
        plan.Cancels.AddRange(jobs.Where(j => j.IsBeforeApply));
        if (rollback || (automatic && rollout.Thresholds.RollbackOnHalt))
            plan.Rollbacks.AddRange(jobs.Where(j => j.State == RolloutJobState.Succeeded && ((rollback && !automatic) || j.Ring == rollout.StageIndex)));
    }

    /// <summary>
    /// Each eligible device without a job and its ring: testers' devices the testers ring; the others ranked by a hash
    /// of the rollout and device ids (stable across restarts), stage k taking the ranks up to stages[k] % of them.
    /// </summary>
    public static IEnumerable<(RolloutDevice Device, int Ring)> Assign(
        Rollout rollout, IReadOnlyDictionary<string, RolloutJob> jobByDevice, IReadOnlyList<RolloutDevice> devices)
    {
        var population = new List<(ulong Rank, RolloutDevice Device, bool HasJob)>();
        foreach (var device in devices)
        {
            if (jobByDevice.TryGetValue(device.Id, out var job))
            {
                if (job.Ring != Rollout.TestersRing)
                    population.Add((Rank(rollout.Id, device.Id), device, true));
                continue;
            }

            if (!IsEligible(rollout, device))
                continue;
            if (device.Tester)
                yield return (device, Rollout.TestersRing);
            else
                population.Add((Rank(rollout.Id, device.Id), device, false));
        }

        population.Sort((a, b) => a.Rank != b.Rank ? a.Rank.CompareTo(b.Rank) : string.CompareOrdinal(a.Device.Id, b.Device.Id));
        var stage = 0;
        for (var rank = 0; rank < population.Count; rank++)
        {
            while (stage < rollout.Stages.Count && rank >= Cut(rollout.Stages[stage], population.Count))
                stage++;
            if (stage == rollout.Stages.Count)
                yield break;
            if (!population[rank].HasJob)
                yield return (population[rank].Device, stage);
        }
    }

    /// <summary>Whether the release is for this device now: known model, a version below the release's and at least its minimum, not refused.</summary>
    public static bool IsEligible(Rollout rollout, RolloutDevice device)
    {
        if (!device.Known || device.Refused || !FirmwareVersion.TryParse(device.Firmware, out var running))
            return false;
        if (running >= rollout.Target)
            return false;
        return rollout.MinVersion is null || (FirmwareVersion.TryParse(rollout.MinVersion, out var min) && running >= min);
    }

    private static List<RolloutJob> Resolve(Rollout rollout, IReadOnlyCollection<RolloutJob> jobs, Dictionary<string, RolloutDevice> devices, DateTimeOffset now, RolloutPlan plan)
    {
        var current = new List<RolloutJob>(jobs.Count);
        foreach (var job in jobs)
        {
            var device = devices.GetValueOrDefault(job.DeviceId);
            var runs = device?.Firmware is { } text && FirmwareVersion.TryParse(text, out var v) ? v : (FirmwareVersion?)null;
            var next = job;
            if (job.State is RolloutJobState.Applying or RolloutJobState.NotBack && device is { Online: true } && runs == rollout.Target)
                next = job with { State = RolloutJobState.Succeeded, Code = OtaResultCodes.Ok, Progress = null, Updated = now, Completed = now };
            else if (job.State == RolloutJobState.Applying && job.ApplySent is { } sent && now - sent >= rollout.Thresholds.NotBackWithin)
                next = job with { State = RolloutJobState.NotBack, Message = $"not back with {rollout.Version} within {Durations.Format(rollout.Thresholds.NotBackWithin)}", Updated = now, Completed = now };
            else if (job.State == RolloutJobState.RollingBack && device is { Online: true } && job.FromVersion is { } from
                     && FirmwareVersion.TryParse(from, out var previous) && runs == previous)
                next = job with { State = RolloutJobState.RolledBack, Updated = now, Completed = now };
            if (!ReferenceEquals(next, job))
                plan.Resolved.Add(next);
            current.Add(next);
        }

        return current;
    }

    private static void Advance(RolloutPlan plan, List<RolloutJob> jobs, IReadOnlyList<RolloutDevice> devices, IReadOnlyDictionary<string, CommandCounts> commands, DateTimeOffset now)
    {
        var rollout = plan.Rollout;
        // Offers made in this pass have no outcome yet: the ring waits for them.
        if (plan.Offers.Any(o => o.Ring == rollout.StageIndex))
            return;
        var ring = Stats(rollout, jobs, devices, commands).First(s => s.Ring == rollout.StageIndex);
        if (now < rollout.SoakUntil && ring.Devices > 0)
            return;
        if (ring.Applying > 0 || ring.Outcomes < Math.Min(rollout.Thresholds.MinSamples, ring.Offered))
            return;
        var name = Rollout.RingName(rollout.StageIndex, rollout.Stages);
        var summary = string.Create(CultureInfo.InvariantCulture, $"{name}: {ring.Succeeded} succeeded, {ring.Failed} failed, {ring.NotBack} not back of {ring.Offered} offered");
        plan.Changed = true;
        if (rollout.StageIndex == rollout.Stages.Count - 1)
        {
            plan.Rollout = rollout with { Status = RolloutStatus.Completed };
            plan.Events.Add(new RolloutEvent(now, "completed", summary));
            return;
        }

        var next = rollout.StageIndex + 1;
        plan.Rollout = rollout with { Status = RolloutStatus.Staged, StageIndex = next, StageStarted = now };
        plan.Events.Add(new RolloutEvent(now, "stage-started", $"{Rollout.RingName(next, rollout.Stages)} (after {summary})"));
    }

    private static long Cut(int percent, int population) => ((long)percent * population + 99) / 100;

    private static ulong Rank(string rolloutId, string deviceId)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(rolloutId + "\n" + deviceId), hash);
        return BinaryPrimitives.ReadUInt64BigEndian(hash);
    }

    private static string Rate(string what, int count, int of, double threshold) =>
        string.Create(CultureInfo.InvariantCulture, $"{what}: {count} of {of} ({100.0 * count / of:0.#} %) above {100 * threshold:0.#} %");
}
