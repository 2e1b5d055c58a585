using AiotHub.Core.Devices;
using AiotHub.Gateway.Devices;
using AiotHub.Simulators.Fleet;
using static AiotHub.Gateway.Tests.Devices.DeviceHub;

namespace AiotHub.Gateway.Tests.Devices;

/// <summary>
/// Every way a command can end, against the simulators integrators will use — not a hand-written
/// test device: applied, rejected by the device, timed out, and the device dropping off mid-command.
/// </summary>
public sealed class SimulatedDeviceLifecycleTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Links), MemberType = typeof(DeviceHub))]
    public async Task ACommandEndsAppliedRejectedTimedOutOrOfflineAsTheSimulatedDeviceBehaves(DeviceLinkKind link)
    {
        await using var hub = new DeviceHub(link, ("Devices:CommandTimeout", "00:00:01"));
        var profiles = new[] { hub.Registry.Profiles.Find("aiot.light.ceiling1")!, hub.Registry.Profiles.Find("aiot.tv.t1")! };
        await using var fleet = SimulatorFleet.Create(new FleetOptions { Port = hub.Port }, profiles, 2);
        Assert.Equal(2, await fleet.StartAsync(Ct));
        await hub.WaitOnlineAsync("sim-ceiling1-1", Ct);
        await hub.WaitOnlineAsync("sim-t1-1", Ct);

        var applied = hub.Registry.SetProperties("sim-ceiling1-1", Json("""{"light.on":true,"light.brightness":42}""")).Command!.Id;
        Assert.Equal(CommandStatus.Applied, await EndOfAsync(hub, applied));
        Assert.True(await WaitUntilAsync(() => hub.Registry.TryGetDevice("sim-ceiling1-1", out var d)
            && d.Properties["light.brightness"].Reported?.Value.GetInt32() == 42, Ct));

        // A television that is off answers "busy" to play: the device's own refusal, kept with its code.
        Assert.Equal(CommandStatus.Applied, await EndOfAsync(hub, hub.Registry.SetProperties("sim-t1-1", Json("""{"television.on":false}""")).Command!.Id));
        var rejected = hub.Registry.CallAction("sim-t1-1", "television.play").Command!.Id;
        Assert.Equal(CommandStatus.Rejected, await EndOfAsync(hub, rejected));
        Assert.Equal(-4004, hub.Registry.GetCommand(rejected)!.Code);

        var light = fleet.Find("sim-ceiling1-1")!;
        light.Faults.DropAckProbability = 1;
        var timedOut = hub.Registry.SetProperties("sim-ceiling1-1", Json("""{"light.on":false}""")).Command!.Id;
        Assert.Equal(CommandStatus.TimedOut, await EndOfAsync(hub, timedOut));

        light.Faults.DropAckProbability = 0;
        light.Faults.AckDelay = TimeSpan.FromSeconds(30);
        var offline = hub.Registry.SetProperties("sim-ceiling1-1", Json("""{"light.on":true}""")).Command!.Id;
        light.GoOffline(TimeSpan.FromMinutes(5));
        Assert.Equal(CommandStatus.Offline, await EndOfAsync(hub, offline));
        Assert.True(hub.Registry.TryGetDevice("sim-ceiling1-1", out var gone));
        Assert.Equal(AvailabilityState.Offline, gone.Availability.State);
        Assert.Equal("last-will", gone.Availability.Reason);
    }

    private static async Task<CommandStatus> EndOfAsync(DeviceHub hub, string commandId)
    {
        Assert.True(await WaitUntilAsync(() => hub.Registry.GetCommand(commandId)?.Status != CommandStatus.Pending, Ct), $"{commandId} still pending");
        return hub.Registry.GetCommand(commandId)!.Status;
    }
}
