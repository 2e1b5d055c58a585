using AiotHub.Core.Devices;
using AiotHub.Core.Firmware;
using AiotHub.Simulators.Devices;
using AiotHub.Simulators.Fleet;

namespace AiotHub.Gateway.Tests.Firmware;

/// <summary>
/// Firmware updates end to end on the real hub with the simulators integrators will use: a signed release from the
/// catalogue, offered through the <see cref="AiotHub.Gateway.Firmware.OtaChannel"/>, downloaded from the hub's own
/// <c>/ota/v1/{token}</c> (resuming with Range after a disconnect), applied, and the new firmware announced into the
/// registry; and each fault as the protocol reports it.
/// </summary>
public sealed class SimulatedDeviceOtaTests
{
    private const string Model = "aiot.light.ceiling1";
    private const string Id = "sim-ceiling1-1";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AnOfferIsDownloadedFromTheHubResumedAfterADisconnectAppliedAndTheNewFirmwareAnnounced()
    {
        await using var ota = new OtaHub();
        var (release, image) = ota.AddRelease(Model, "1.5.0", 300_000);
        await using var fleet = await StartDeviceAsync(ota, o => o.Ota.DownloadBytesPerSecond = 150_000);
        var device = fleet.Devices[0];

        Assert.True(ota.Channel.TrySend(ota.Offer(release, Id, "j-1")));
        var seen = await ota.ReportsUntilAsync("j-1", OtaState.Downloading);
        while (seen[^1].Progress is not >= 20)
            seen = await ota.ReportsUntilAsync("j-1", OtaState.Downloading, seen);
        device.GoOffline(TimeSpan.FromSeconds(1));
        await ota.ReportsUntilAsync("j-1", OtaState.Ready, seen);

        // Two requests (the first, and one resuming with Range), every byte taken once.
        Assert.Equal(2, device.Ota.Requests);
        Assert.Equal(image.Length, device.Ota.BytesReceived);
        Assert.True(ota.Channel.TrySend(new OtaCommand(Id, OtaCommandKind.Apply, "j-1")));
        await ota.ReportsUntilAsync("j-1", OtaState.Succeeded, seen);

        Assert.Equal("1.5.0", seen[^1].Firmware);
        Assert.Equal([OtaState.Accepted, OtaState.Downloading, OtaState.Verifying, OtaState.Ready, OtaState.Applying, OtaState.Rebooting, OtaState.Succeeded],
            seen.Select(r => r.State).Distinct());
        Assert.All(seen, r => Assert.Equal((Id, "j-1", 0), (r.DeviceId, r.JobId, r.Code)));
        // The registry has the new firmware from the announce, and the device is back online.
        Assert.True(ota.Hub.Registry.TryGetDevice(Id, out var twin));
        Assert.Equal("1.5.0", twin.Firmware);
        Assert.Equal(AvailabilityState.Online, twin.Availability.State);
    }

    [Theory]
    [InlineData("stall", OtaResultCodes.DownloadFailed)]
    [InlineData("bad-hash", OtaResultCodes.HashMismatch)]
    [InlineData("apply", OtaResultCodes.ApplyFailed)]
    public async Task EachFaultReachesTheHubAsAFailedReportWithItsCode(string fault, int code)
    {
        await using var ota = new OtaHub();
        var (release, _) = ota.AddRelease(Model, "1.5.0", 100_000);
        await using var fleet = await StartDeviceAsync(ota, o =>
        {
            o.Ota.StallTimeout = TimeSpan.FromMilliseconds(300);
            o.Faults.OtaStallProbability = fault == "stall" ? 1 : 0;
            o.Faults.OtaBadHashProbability = fault == "bad-hash" ? 1 : 0;
            o.Faults.OtaApplyFailureProbability = fault == "apply" ? 1 : 0;
        });

        Assert.True(ota.Channel.TrySend(ota.Offer(release, Id, "j-1")));
        if (fault == "apply")
        {
            await ota.ReportsUntilAsync("j-1", OtaState.Ready);
            Assert.True(ota.Channel.TrySend(new OtaCommand(Id, OtaCommandKind.Apply, "j-1")));
        }

        var failed = (await ota.ReportsUntilAsync("j-1", OtaState.Failed))[^1];

        Assert.Equal(code, failed.Code);
        Assert.False(string.IsNullOrEmpty(failed.Message));
        Assert.True(ota.Hub.Registry.TryGetDevice(Id, out var twin));
        Assert.Equal("1.0.0", twin.Firmware);
    }

    [Fact]
    public async Task ALinkMadeForAnotherDeviceIsRefusedByTheHubAndReportedAsADownloadFailure()
    {
        await using var ota = new OtaHub();
        var (release, _) = ota.AddRelease(Model, "1.5.0", 10_000);
        await using var fleet = await StartDeviceAsync(ota);

        var foreign = ota.Offer(release, "someone-else", "j-9") with { DeviceId = Id };
        Assert.True(ota.Channel.TrySend(foreign));
        var failed = (await ota.ReportsUntilAsync("j-9", OtaState.Failed))[^1];

        Assert.Equal(OtaResultCodes.DownloadFailed, failed.Code);
        Assert.Contains("403", failed.Message, StringComparison.Ordinal);
        Assert.Equal(0, fleet.Devices[0].Ota.BytesReceived);
    }

    private static async Task<SimulatorFleet> StartDeviceAsync(OtaHub ota, Action<SimulatedDeviceOptions>? configure = null)
    {
        var options = new FleetOptions { Port = ota.Hub.Port, ReconnectDelay = TimeSpan.FromMilliseconds(200) };
        options.Device.Rate = 0;
        options.Device.Ota.HttpClient = ota.Hub.CreateAnonymousHttpClient();
        options.Device.Ota.ApplyDuration = TimeSpan.FromMilliseconds(200);
        options.Device.Ota.RebootDuration = TimeSpan.FromSeconds(1);
        configure?.Invoke(options.Device);
        var fleet = SimulatorFleet.Create(options, [ota.Hub.Registry.Profiles.Find(Model)!], 1);
        Assert.Equal(1, await fleet.StartAsync(Ct));
        await ota.Hub.WaitOnlineAsync(Id, Ct);
        return fleet;
    }
}
