using AiotHub.Simulators.Cli;
using AiotHub.Simulators.Fleet;
using AiotHub.Simulators.Scenarios;

namespace AiotHub.Simulators.Tests;

/// <summary>Firmware-update faults and settings from `aiothub-sim` flags and from a scenario file.</summary>
public sealed class OtaSettingsTests
{
    [Fact]
    public void FlagsSetEveryDevicesFirmwareFaultsAndUpdateSettings()
    {
        var errors = new List<string>();
        var settings = SimCommand.Parse(
            ["--profiles", TestProfiles.Directory, "--firmware", "1.4.2", "--ota-stall", "0.1", "--ota-bad-hash", "0.05",
             "--ota-apply-failure", "0.2", "--ota-brick", "0.01", "--ota-download-rate", "50000", "--ota-reboot", "2", "--ota-no-rollback"],
            errors);

        Assert.Empty(errors);
        var device = settings!.Fleet.Device;
        Assert.Equal("1.4.2", device.Firmware);
        Assert.Equal((0.1, 0.05, 0.2, 0.01), (device.Faults.OtaStallProbability, device.Faults.OtaBadHashProbability,
            device.Faults.OtaApplyFailureProbability, device.Faults.OtaBrickProbability));
        Assert.Equal(50_000, device.Ota.DownloadBytesPerSecond);
        Assert.Equal(TimeSpan.FromSeconds(2), device.Ota.RebootDuration);
        Assert.False(device.Ota.KeepsPreviousFirmware);
        // Every device of the fleet gets its own copy.
        var fleet = SimulatorFleet.Create(settings.Fleet, TestProfiles.All(), 2);
        Assert.All(fleet.Devices, d => Assert.Equal((0.2, "1.4.2"), (d.Faults.OtaApplyFailureProbability, d.Firmware)));
    }

    [Theory]
    [InlineData("--ota-stall", "1.5")]
    [InlineData("--ota-brick", "-0.1")]
    [InlineData("--firmware", "1.4.2-beta")]
    [InlineData("--ota-download-rate", "-1")]
    [InlineData("--ota-reboot", "99999")]
    public void AnOutOfRangeFlagIsRefusedWithItsName(string flag, string value)
    {
        var errors = new List<string>();

        Assert.Null(SimCommand.Parse(["--profiles", TestProfiles.Directory, flag, value], errors));

        Assert.Contains(errors, e => e.Contains(flag, StringComparison.Ordinal));
    }

    [Fact]
    public void AScenarioSetsFaultsForEveryDeviceAndADevicesOwnWinFieldByField()
    {
        var result = ScenarioParser.Parse("""
            {
              "rooms": [ { "name": "Lab", "devices": [
                { "id": "a", "model": "aiot.light.ceiling1", "firmware": "1.2.0" },
                { "id": "b", "model": "aiot.light.ceiling1", "ota": { "brick": 1, "rollback": false } } ] } ],
              "ota": { "applyFailure": 0.2, "stall": 0.1, "downloadRate": 10000, "rebootTime": "3s" }
            }
            """);
        Assert.Empty(result.Errors);

        var fleet = SimulatorFleet.FromScenario(new FleetOptions(), result.Scenario!, TestProfiles.All());

        var a = fleet.Find("a")!;
        var b = fleet.Find("b")!;
        Assert.Equal("1.2.0", a.Firmware);
        Assert.Equal("1.0.0", b.Firmware);
        Assert.Equal((0.2, 0.1, 0.0), (a.Faults.OtaApplyFailureProbability, a.Faults.OtaStallProbability, a.Faults.OtaBrickProbability));
        Assert.Equal((0.2, 1.0), (b.Faults.OtaApplyFailureProbability, b.Faults.OtaBrickProbability));
        Assert.Equal((10_000.0, TimeSpan.FromSeconds(3), true), (a.Options.Ota.DownloadBytesPerSecond, a.Options.Ota.RebootDuration, a.Options.Ota.KeepsPreviousFirmware));
        Assert.False(b.Options.Ota.KeepsPreviousFirmware);
    }

    [Fact]
    public void ABadOtaObjectIsReportedWithItsPaths()
    {
        var result = ScenarioParser.Parse("""
            {
              "rooms": [ { "name": "Lab", "devices": [ { "id": "a", "model": "aiot.light.ceiling1", "firmware": "one", "ota": { "brick": 2 } } ] } ],
              "ota": { "stall": "often", "gremlins": 1, "rebootTime": "2h" }
            }
            """);

        Assert.Null(result.Scenario);
        Assert.Contains("$.rooms[0].devices[0].firmware: 'one' is not a version such as 1.4.2", result.Errors);
        Assert.Contains("$.rooms[0].devices[0].ota.brick: expected a probability from 0 to 1", result.Errors);
        Assert.Contains("$.ota.stall: expected a probability from 0 to 1", result.Errors);
        Assert.Contains(result.Errors, e => e.StartsWith("$.ota.gremlins: unknown", StringComparison.Ordinal));
        Assert.Contains("$.ota.rebootTime: expected a duration of at most 1h", result.Errors);
    }
}
