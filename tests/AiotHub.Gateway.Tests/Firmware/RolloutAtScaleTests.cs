using AiotHub.Benchmarks.Ota;
using AiotHub.Simulators.Fleet;

namespace AiotHub.Gateway.Tests.Firmware;

/// <summary>
/// Issue 17's proof at scale, in the suite: the real hub (a child process, as in production, with the short soak and
/// timeouts the `ota` benchmark uses) and a fleet of simulated devices of one model, 10 % of them in a tester home.
/// The suite runs <see cref="Devices"/> devices so it stays under two minutes; `AiotHub.Benchmarks ota --devices 1000`
/// runs the same scenarios (<see cref="OtaScenarios"/>) with 1,000 and measures them (docs/benchmarks.md "Firmware rollout").
/// </summary>
public sealed class RolloutAtScaleTests
{
    private const int Devices = 200;
    private const int Testers = 20;
    private const int ImageBytes = 64 * 1024;
    private const int SoakSeconds = 3;

    [Fact]
    public async Task AReleaseWhoseApplyFailsOnOneDeviceInFiveIsHaltedInTheTesterRingAndNeverReachesTheTenPercentStage()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var hub = GatewayProcess.Start(OtaFleet.HubArguments);
        using var owner = await hub.CreateOwnerClientAsync(ct);
        using var ota = await OtaFleet.CreateAsync(owner, Devices, Testers, ct);
        await ota.SwitchTestersOnAsync(ct);
        await using var fleet = await StartFleetAsync(ota, hub, ct);

        var bad = await OtaScenarios.BadReleaseAsync(ota, fleet, "1.1.0", ImageBytes, 7, SoakSeconds, 0.2, TimeSpan.FromSeconds(60), ct);

        Assert.True(bad.Status == "halted", $"the rollout is {RolloutWatch.Describe(bad.Rollout)}:\n{string.Join('\n', bad.Changes)}");
        Assert.Equal(-1, bad.Stage);
        Assert.NotNull(bad.HaltReason);
        Assert.True(RolloutWatch.Count(bad.Rollout, "testers", "failed") > 0);
        Assert.Equal(0, RolloutWatch.Total(bad.Rollout, "offered") - RolloutWatch.Count(bad.Rollout, "testers", "offered"));
        Assert.DoesNotContain(bad.Updated, id => !ota.Testers.Contains(id));
        Assert.Contains(RolloutWatch.Timeline(bad.Rollout), e => e.Contains("halt", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task AGoodReleaseReachesEveryDeviceThroughTheStagesAcrossAHubRestartAndDevicesDroppedMidDownloadResume()
    {
        var ct = TestContext.Current.CancellationToken;
        var data = Directory.CreateTempSubdirectory("aiothub-ota-scale-").FullName;
        var hub = GatewayProcess.StartInDirectory(data, OtaFleet.HubArguments);
        try
        {
            using var owner = await hub.CreateOwnerClientAsync(ct);
            using var ota = await OtaFleet.CreateAsync(owner, Devices, Testers, ct);
            await ota.SwitchTestersOnAsync(ct);
            await using var fleet = await StartFleetAsync(ota, hub, ct);

            var good = await OtaScenarios.GoodReleaseAsync(ota, fleet, "1.2.0", ImageBytes, 8, SoakSeconds, TimeSpan.FromSeconds(180), ct,
                async () =>
                {
                    hub.Kill();
                    await hub.DisposeAsync();
                    hub = GatewayProcess.StartAgain(data, hub, OtaFleet.HubArguments);
                }, drops: 5);

            Assert.True(good.Status == "completed", $"the rollout is {RolloutWatch.Describe(good.Rollout)}:\n{string.Join('\n', good.Changes)}\n{hub.Output}");
            Assert.NotNull(good.BeforeDisruption);
            Assert.True(good.Updated.Count == Devices, $"{good.Updated.Count} of {Devices} devices on 1.2.0 after {good.Elapsed} (ended: {good.Ended}); " +
                $"the others: {string.Join(", ", fleet.Devices.Where(d => !good.Updated.Contains(d.Id)).Take(20).Select(d => $"{d.Id} {d.Firmware} {d.Ota.Phase}"))}; " +
                $"{RolloutWatch.Describe(good.Rollout)}\n{string.Join('\n', good.Changes)}");
            Assert.Equal(Devices, RolloutWatch.Total(good.Rollout, "succeeded"));
            Assert.Equal(4, good.Rollout.GetProperty("stages").GetArrayLength());
            Assert.NotEmpty(good.Dropped);
            Assert.Equal(good.Dropped.Count, good.Resumed);
        }
        finally
        {
            await hub.DisposeAsync();
            Directory.Delete(data, recursive: true);
        }
    }

    private static async Task<SimulatorFleet> StartFleetAsync(OtaFleet ota, GatewayProcess hub, CancellationToken cancellationToken)
    {
        var fleet = ota.CreateFleet(hub.MqttPort, seed: 17, downloadBytesPerSecond: ImageBytes / 2.0);
        await fleet.StartAsync(cancellationToken);
        await GatewayHealth.WaitAsync(hub, h => h.GetProperty("devices").GetProperty("online").GetInt32() >= Devices, TimeSpan.FromSeconds(30), cancellationToken);
        return fleet;
    }
}
