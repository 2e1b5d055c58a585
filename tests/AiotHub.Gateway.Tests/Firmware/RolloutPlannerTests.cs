using AiotHub.Core.Firmware;
using AiotHub.Gateway.Firmware.Rollouts;

namespace AiotHub.Gateway.Tests.Firmware;

/// <summary>The rollout's rules without the hub: a manual "now" and hand-made devices and jobs.</summary>
public sealed class RolloutPlannerTests
{
    private static readonly DateTimeOffset T0 = new(2026, 12, 7, 12, 0, 0, TimeSpan.Zero);
    private static readonly Dictionary<string, CommandCounts> NoCommands = [];

    private static Rollout NewRollout(RolloutThresholds? thresholds = null, TimeSpan? soak = null, int[]? stages = null) => new(
        "r1", "rel1", "acme.light.a1", "1.5.0", null, stages ?? [10, 50, 100], soak ?? TimeSpan.FromHours(1),
        thresholds ?? RolloutThresholds.Default, RolloutStatus.Testers, Rollout.TestersRing, T0, null, T0, "maker");

    private static List<RolloutDevice> Fleet(int count, int testers = 0, string firmware = "1.4.0") =>
        [.. Enumerable.Range(0, count).Select(i => new RolloutDevice($"d{i:000}", i < testers ? "tester-home" : $"h{i}", firmware, Online: true, Tester: i < testers))];

    private static RolloutJob Job(RolloutDevice device, int ring, RolloutJobState state, DateTimeOffset? at = null) =>
        new($"j-{device.Id}", "r1", device.Id, device.HomeId, ring, state, device.Firmware, null, 0, null, 1, at ?? T0, at ?? T0,
            state == RolloutJobState.Applying ? at ?? T0 : null, state is RolloutJobState.Succeeded or RolloutJobState.Failed ? at ?? T0 : null);

    [Fact]
    public void TheTestersRingIsOfferedFirstAndNoOtherDeviceBeforeItsStage()
    {
        var devices = Fleet(100, testers: 5);

        var plan = RolloutPlanner.Plan(NewRollout(), [], devices, NoCommands, T0, RolloutTimings.Default);

        Assert.Equal(5, plan.Offers.Count);
        Assert.All(plan.Offers, o => Assert.True(o.Device.Tester));
        Assert.All(plan.Offers, o => Assert.Equal(Rollout.TestersRing, o.Ring));
        Assert.False(plan.Changed);
    }

    [Fact]
    public void StagesTakeTheirPercentOfTheNonTesterDevicesByAStableHash()
    {
        var devices = Fleet(205, testers: 5);
        var rollout = NewRollout();

        var rings = RolloutPlanner.Assign(rollout, new Dictionary<string, RolloutJob>(), devices).ToList();
        var again = RolloutPlanner.Assign(rollout, new Dictionary<string, RolloutJob>(), devices.AsEnumerable().Reverse().ToList()).ToList();

        Assert.Equal(5, rings.Count(r => r.Ring == Rollout.TestersRing));
        Assert.Equal(20, rings.Count(r => r.Ring == 0));
        Assert.Equal(80, rings.Count(r => r.Ring == 1));
        Assert.Equal(100, rings.Count(r => r.Ring == 2));
        Assert.Equal(rings.ToDictionary(r => r.Device.Id, r => r.Ring), again.ToDictionary(r => r.Device.Id, r => r.Ring));
        var other = RolloutPlanner.Assign(rollout with { Id = "r2" }, new Dictionary<string, RolloutJob>(), devices).Where(r => r.Ring == 0).Select(r => r.Device.Id);
        Assert.NotEqual(rings.Where(r => r.Ring == 0).Select(r => r.Device.Id).Order(), other.Order());
    }

    [Fact]
    public void TheNextStageStartsOnlyAfterTheSoakAndTheMinimumSample()
    {
        var devices = Fleet(100, testers: 6);
        var jobs = devices.Take(6).Select(d => Job(d, Rollout.TestersRing, RolloutJobState.Succeeded)).ToList();
        var rollout = NewRollout();

        var early = RolloutPlanner.Plan(rollout, jobs, devices, NoCommands, T0 + TimeSpan.FromMinutes(59), RolloutTimings.Default);
        Assert.False(early.Changed);
        Assert.Empty(early.Offers);

        var fewer = RolloutPlanner.Plan(rollout, jobs.Take(4).Concat(jobs.Skip(4).Select(j => j with { State = RolloutJobState.Downloading })).ToList(),
            devices, NoCommands, T0 + TimeSpan.FromHours(2), RolloutTimings.Default);
        Assert.False(fewer.Changed);

        var soaked = RolloutPlanner.Plan(rollout, jobs, devices, NoCommands, T0 + TimeSpan.FromHours(1), RolloutTimings.Default);
        Assert.True(soaked.Changed);
        Assert.Equal(RolloutStatus.Staged, soaked.Rollout.Status);
        Assert.Equal(0, soaked.Rollout.StageIndex);
        Assert.Equal(T0 + TimeSpan.FromHours(1), soaked.Rollout.StageStarted);
        Assert.Equal("stage-started", Assert.Single(soaked.Events).Event);
    }

    [Fact]
    public void AStageWithoutSoakStillWaitsForTheOutcomesOfTheOffersItMakes()
    {
        var devices = Fleet(2);
        var rollout = NewRollout(soak: TimeSpan.Zero, thresholds: RolloutThresholds.Default with { MinSamples = 1 }, stages: [50, 100])
            with { Status = RolloutStatus.Staged, StageIndex = 0 };

        var offering = RolloutPlanner.Plan(rollout, [], devices, NoCommands, T0, RolloutTimings.Default);
        var offered = offering.Offers.Select(o => Job(o.Device, o.Ring, RolloutJobState.Downloading)).ToList();
        var waiting = RolloutPlanner.Plan(rollout, offered, devices, NoCommands, T0 + TimeSpan.FromMinutes(1), RolloutTimings.Default);
        var back = RolloutPlanner.Plan(rollout, [.. offered.Select(j => j with { State = RolloutJobState.Succeeded })], devices, NoCommands, T0 + TimeSpan.FromMinutes(2), RolloutTimings.Default);

        Assert.Single(offering.Offers);
        Assert.False(offering.Changed);
        Assert.False(waiting.Changed);
        Assert.Equal(1, back.Rollout.StageIndex);
    }

    [Fact]
    public void AFailureRateAboveTheThresholdInTheTestersRingHaltsAndCancelsWhatWasNotApplied()
    {
        var devices = Fleet(100, testers: 10);
        var jobs = devices.Take(10).Select((d, i) => Job(d, Rollout.TestersRing, i switch
        {
            0 or 1 => RolloutJobState.Failed,
            < 5 => RolloutJobState.Succeeded,
            _ => RolloutJobState.Ready,
        })).ToList();

        var plan = RolloutPlanner.Plan(NewRollout(), jobs, devices, NoCommands, T0 + TimeSpan.FromHours(5), RolloutTimings.Default);

        Assert.Equal(RolloutStatus.Halted, plan.Rollout.Status);
        Assert.Equal("update failures: 2 of 5 (40 %) above 10 %", plan.Rollout.HaltReason);
        Assert.Equal(5, plan.Cancels.Count);
        Assert.Empty(plan.Offers);
        Assert.Empty(plan.Applies);
        Assert.Empty(plan.Rollbacks);
        Assert.Equal(Rollout.TestersRing, plan.Rollout.StageIndex);
    }

    [Fact]
    public void DevicesStillInstallingCountAsTriesSoTheFirstQuickFailuresDoNotHaltAGoodRelease()
    {
        // One install of forty failed (it says so at once); four came back; thirty-five are still rebooting.
        var devices = Fleet(100, testers: 40);
        var jobs = devices.Take(40).Select((d, i) => Job(d, Rollout.TestersRing, i switch
        {
            0 => RolloutJobState.Failed,
            < 5 => RolloutJobState.Succeeded,
            _ => RolloutJobState.Applying,
        })).ToList();

        var plan = RolloutPlanner.Plan(NewRollout(), jobs, devices, NoCommands, T0.AddMinutes(1), RolloutTimings.Default);
        var bad = RolloutPlanner.Plan(NewRollout(), [.. jobs.Take(5), .. jobs.Skip(5).Take(5).Select(j => j with { State = RolloutJobState.Failed }), .. jobs.Skip(10)],
            devices, NoCommands, T0.AddMinutes(1), RolloutTimings.Default);

        Assert.NotEqual(RolloutStatus.Halted, plan.Rollout.Status);
        Assert.Equal(RolloutStatus.Halted, bad.Rollout.Status);
        Assert.Equal("update failures: 6 of 40 (15 %) above 10 %", bad.Rollout.HaltReason);
    }

    [Fact]
    public void BelowTheMinimumSampleAFailureDoesNotHalt()
    {
        var devices = Fleet(50, testers: 10);
        var jobs = new List<RolloutJob> { Job(devices[0], Rollout.TestersRing, RolloutJobState.Failed), Job(devices[1], Rollout.TestersRing, RolloutJobState.Succeeded) };

        var plan = RolloutPlanner.Plan(NewRollout(), jobs, devices, NoCommands, T0, RolloutTimings.Default);

        Assert.Equal(RolloutStatus.Testers, plan.Rollout.Status);
        Assert.Equal(8, plan.Offers.Count);
    }

    [Fact]
    public void ADeviceNotBackWithinTheLimitCountsAndHaltsWithRollbackOfTheRingWhenConfigured()
    {
        var devices = Fleet(20, testers: 5);
        var thresholds = RolloutThresholds.Default with { RollbackOnHalt = true, NotBackWithin = TimeSpan.FromMinutes(10) };
        var jobs = devices.Take(5).Select((d, i) => Job(d, Rollout.TestersRing, i == 0 ? RolloutJobState.Applying : RolloutJobState.Succeeded)).ToList();

        var before = RolloutPlanner.Plan(NewRollout(thresholds), jobs, devices, NoCommands, T0 + TimeSpan.FromMinutes(9), RolloutTimings.Default);
        Assert.Empty(before.Resolved);
        Assert.False(before.Changed);

        var plan = RolloutPlanner.Plan(NewRollout(thresholds), jobs, devices, NoCommands, T0 + TimeSpan.FromMinutes(10), RolloutTimings.Default);

        var notBack = Assert.Single(plan.Resolved);
        Assert.Equal(RolloutJobState.NotBack, notBack.State);
        Assert.Equal(RolloutStatus.Halted, plan.Rollout.Status);
        Assert.StartsWith("devices not back within 10m: 1 of 5", plan.Rollout.HaltReason, StringComparison.Ordinal);
        Assert.Equal(4, plan.Rollbacks.Count);
    }

    [Fact]
    public void ADeviceThatAnnouncesTheNewFirmwareAfterApplyIsBack()
    {
        var devices = Fleet(3, testers: 3);
        var jobs = devices.Select(d => Job(d, Rollout.TestersRing, RolloutJobState.Applying)).ToList();
        devices[0] = devices[0] with { Firmware = "1.5" };
        devices[1] = devices[1] with { Firmware = "1.5.0", Online = false };

        var plan = RolloutPlanner.Plan(NewRollout(), jobs, devices, NoCommands, T0 + TimeSpan.FromMinutes(1), RolloutTimings.Default);

        var back = Assert.Single(plan.Resolved);
        Assert.Equal("d000", back.DeviceId);
        Assert.Equal(RolloutJobState.Succeeded, back.State);
    }

    [Fact]
    public void CommandsRejectedOrTimedOutOnUpdatedDevicesHaltOnceThereAreEnough()
    {
        var devices = Fleet(10, testers: 2);
        var jobs = devices.Take(2).Select(d => Job(d, Rollout.TestersRing, RolloutJobState.Succeeded)).ToList();
        var few = new Dictionary<string, CommandCounts> { ["d000"] = new(5, 5, 0) };
        var many = new Dictionary<string, CommandCounts> { ["d000"] = new(10, 3, 2), ["d001"] = new(5, 0, 0) };
        var thresholds = RolloutThresholds.Default with { MinCommandSamples = 20 };

        Assert.Equal(RolloutStatus.Testers, RolloutPlanner.Plan(NewRollout(thresholds), jobs, devices, few, T0, RolloutTimings.Default).Rollout.Status);
        var plan = RolloutPlanner.Plan(NewRollout(thresholds), jobs, devices, many, T0, RolloutTimings.Default);

        Assert.Equal(RolloutStatus.Halted, plan.Rollout.Status);
        Assert.Equal("commands rejected or timed out on updated devices: 5 of 20 (25 %) above 20 %", plan.Rollout.HaltReason);
    }

    [Fact]
    public void QuietHoursAndPostponementHoldTheApplyButNotTheDownload()
    {
        var devices = Fleet(4, testers: 4);
        devices[1] = devices[1] with { Quiet = true };
        devices[2] = devices[2] with { PostponedUntil = T0 + TimeSpan.FromDays(7) };
        devices[3] = devices[3] with { PostponedUntil = T0 - TimeSpan.FromMinutes(1) };
        var jobs = devices.Select(d => Job(d, Rollout.TestersRing, RolloutJobState.Ready)).ToList();

        var plan = RolloutPlanner.Plan(NewRollout(), jobs, devices, NoCommands, T0, RolloutTimings.Default);

        Assert.Equal(["d000", "d003"], plan.Applies.Select(j => j.DeviceId).Order());
    }

    [Fact]
    public void PostponedDevicesAreNotOfferedAndRefusedOrUpToDateOrTooOldOnesAreNotEligible()
    {
        var rollout = NewRollout() with { MinVersion = "1.2.0" };
        List<RolloutDevice> devices =
        [
            new("ok", "h", "1.4.0", true, Tester: true),
            new("postponed", "h", "1.4.0", true, Tester: true, PostponedUntil: T0 + TimeSpan.FromHours(1)),
            new("refused", "h", "1.4.0", true, Tester: true, Refused: true),
            new("current", "h", "1.5.0", true, Tester: true),
            new("newer", "h", "2.0", true, Tester: true),
            new("too-old", "h", "1.1.9", true, Tester: true),
            new("garbled", "h", "1.4-beta", true, Tester: true),
            new("unknown-model", "h", "1.4.0", true, Known: false, Tester: true),
            new("offline", "h", "1.4.0", false, Tester: true),
        ];

        var plan = RolloutPlanner.Plan(rollout, [], devices, NoCommands, T0, RolloutTimings.Default);

        Assert.Equal("ok", Assert.Single(plan.Offers).Device.Id);
        Assert.Equal(["offline", "ok", "postponed"], RolloutPlanner.Assign(rollout, new Dictionary<string, RolloutJob>(), devices).Select(a => a.Device.Id).Order());
    }

    [Fact]
    public void AnOnlineDeviceWithoutProgressIsOfferedAgainThenCountedFailed()
    {
        var devices = Fleet(2, testers: 2);
        var jobs = new List<RolloutJob>
        {
            Job(devices[0], Rollout.TestersRing, RolloutJobState.Downloading),
            Job(devices[1], Rollout.TestersRing, RolloutJobState.Offered) with { Offers = 3 },
        };

        var plan = RolloutPlanner.Plan(NewRollout(), jobs, devices, NoCommands, T0 + TimeSpan.FromMinutes(10), RolloutTimings.Default);

        Assert.Equal("d000", Assert.Single(plan.Reoffers).DeviceId);
        var failed = Assert.Single(plan.Resolved);
        Assert.Equal((RolloutJobState.Failed, OtaResultCodes.DownloadFailed), (failed.State, failed.Code));
    }

    [Fact]
    public void TheLastStageCompletesAfterItsSoakAndAPausedRolloutDoesNothing()
    {
        var devices = Fleet(10);
        var rollout = NewRollout(stages: [100]) with { Status = RolloutStatus.Staged, StageIndex = 0 };
        var jobs = devices.Select(d => Job(d, 0, RolloutJobState.Succeeded)).ToList();

        var paused = RolloutPlanner.Plan(rollout with { Status = RolloutStatus.Paused }, jobs, devices, NoCommands, T0 + TimeSpan.FromHours(2), RolloutTimings.Default);
        Assert.False(paused.Changed);

        var plan = RolloutPlanner.Plan(rollout, jobs, devices, NoCommands, T0 + TimeSpan.FromHours(2), RolloutTimings.Default);
        Assert.Equal(RolloutStatus.Completed, plan.Rollout.Status);
        Assert.Equal("completed", Assert.Single(plan.Events).Event);
    }

    [Fact]
    public void WithNoTestersTheRolloutGoesStraightToItsFirstStage()
    {
        var devices = Fleet(20);

        var plan = RolloutPlanner.Plan(NewRollout(), [], devices, NoCommands, T0, RolloutTimings.Default);

        Assert.Equal((RolloutStatus.Staged, 0), (plan.Rollout.Status, plan.Rollout.StageIndex));
    }

    [Fact]
    public void ReportsMoveAJobForwardOnlyAndSucceededNeedsTheReleasesVersion()
    {
        var job = Job(new RolloutDevice("d", "h", "1.4.0", true), Rollout.TestersRing, RolloutJobState.Offered);
        OtaStatusReport Report(OtaState state, string? firmware = null, int code = 0) => new("d", job.Id, state, 40, code, null, firmware, T0);

        var downloading = RolloutReports.Apply(job, Report(OtaState.Downloading), "1.5.0", RolloutTimings.Default);
        var ready = RolloutReports.Apply(downloading, Report(OtaState.Ready), "1.5.0", RolloutTimings.Default);
        var late = RolloutReports.Apply(ready, Report(OtaState.Downloading), "1.5.0", RolloutTimings.Default);
        var wrong = RolloutReports.Apply(ready with { State = RolloutJobState.Applying }, Report(OtaState.Succeeded, "1.4.0"), "1.5.0", RolloutTimings.Default);
        var good = RolloutReports.Apply(ready with { State = RolloutJobState.Applying }, Report(OtaState.Succeeded, "1.5.0"), "1.5.0", RolloutTimings.Default);
        var failed = RolloutReports.Apply(downloading, Report(OtaState.Failed, code: OtaResultCodes.HashMismatch), "1.5.0", RolloutTimings.Default);

        Assert.Equal((RolloutJobState.Downloading, 40), (downloading.State, downloading.Progress));
        Assert.Equal(RolloutJobState.Ready, late.State);
        Assert.Equal((RolloutJobState.Failed, OtaResultCodes.ApplyFailed), (wrong.State, wrong.Code));
        Assert.Equal(RolloutJobState.Succeeded, good.State);
        Assert.Equal((RolloutJobState.Failed, OtaResultCodes.HashMismatch), (failed.State, failed.Code));
    }

    [Fact]
    public void AFailedDownloadIsOfferedAgainAtTheNextPassAndCountsOnlyWhenTheLastOfferFailsToo()
    {
        var device = new RolloutDevice("d", "h", "1.4.0", true);
        var job = Job(device, Rollout.TestersRing, RolloutJobState.Downloading) with { Offers = 1 };
        var failed = new OtaStatusReport("d", job.Id, OtaState.Failed, null, OtaResultCodes.DownloadFailed, "HTTP 404", null, T0);

        var retried = RolloutReports.Apply(job, failed, "1.5.0", RolloutTimings.Default);
        var plan = RolloutPlanner.Plan(NewRollout(), [retried], [device], NoCommands, T0, RolloutTimings.Default);
        var last = RolloutReports.Apply(job with { Offers = RolloutTimings.Default.MaxOffers }, failed, "1.5.0", RolloutTimings.Default);

        Assert.Equal(RolloutJobState.Offered, retried.State);
        Assert.Contains(plan.Reoffers, j => j.Id == job.Id);
        Assert.Equal((RolloutJobState.Failed, OtaResultCodes.DownloadFailed), (last.State, last.Code));
    }

    [Fact]
    public void ADeviceBusyWithAnotherJobIsOfferedAgainAfterTheOfferTimeoutNotCountedFailed()
    {
        var device = new RolloutDevice("d", "h", "1.4.0", true);
        var job = Job(device, Rollout.TestersRing, RolloutJobState.Offered) with { Offers = 1 };
        var busy = new OtaStatusReport("d", job.Id, OtaState.Failed, null, OtaResultCodes.Busy, "job x is in progress", null, T0);

        var waiting = RolloutReports.Apply(job, busy, "1.5.0", RolloutTimings.Default);
        var soon = RolloutPlanner.Plan(NewRollout(), [waiting], [device], NoCommands, T0.AddSeconds(1), RolloutTimings.Default);
        var later = RolloutPlanner.Plan(NewRollout(), [waiting], [device], NoCommands, T0 + RolloutTimings.Default.OfferTimeout, RolloutTimings.Default);

        Assert.Equal(RolloutJobState.Offered, waiting.State);
        Assert.DoesNotContain(soon.Reoffers, j => j.Id == job.Id);
        Assert.Contains(later.Reoffers, j => j.Id == job.Id);
    }
}
