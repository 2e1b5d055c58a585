using System.Globalization;
using AiotHub.Core.Activity;
using AiotHub.Core.Devices;
using AiotHub.Core.Tests.Devices;
using Microsoft.Data.Sqlite;
using static AiotHub.Core.Tests.Devices.TestRegistry;

namespace AiotHub.Core.Tests.Activity;

/// <summary>What the recorder writes to the activity log from the registry's feed, and whom it credits.</summary>
public sealed class ActivityRecorderTests : IAsyncDisposable
{
    private static readonly DateTimeOffset Start = DateTimeOffset.Parse("2026-12-01T07:00:00Z", CultureInfo.InvariantCulture);
    private readonly string _directory = Directory.CreateTempSubdirectory("aiothub-recorder-").FullName;
    private readonly ManualClock _clock = new(Start);
    private readonly DeviceRegistry _registry;
    private readonly ActivityStore _store;
    private readonly ActivityRecorder _recorder;

    public ActivityRecorderTests()
    {
        _registry = Create(_clock);
        _store = new ActivityStore(Path.Combine(_directory, "hub.db"), _clock, new ActivityStoreOptions());
        _recorder = new ActivityRecorder(_registry, _store, _clock);
    }

    public async ValueTask DisposeAsync()
    {
        _recorder.Dispose();
        await _store.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public void AnAppCommandAndTheReportItCausedAreTheTokensAndAWallSwitchPressIsTheDevices()
    {
        _registry.Online("lamp-1");
        _registry.OnProperties("lamp-1", Json("""{"light.on": false, "light.brightness": 50}"""));

        var command = _registry.SetProperties("lamp-1", Json("""{"light.on": true}"""), CommandOrigin.App("tok_1")).Command!;
        _clock.Advance(TimeSpan.FromMilliseconds(300));
        _registry.OnReply("lamp-1", command.Id, 0);
        _registry.OnProperties("lamp-1", Json("""{"light.on": true}"""));
        _clock.Advance(TimeSpan.FromMinutes(5));
        _registry.OnProperties("lamp-1", Json("""{"light.on": false}"""));

        Assert.Equal(
        [
            "Availability Device lamp-1 - true - -",
            $"Set App lamp-1 light.on true tok_1 {command.Id}",
            $"Changed App lamp-1 light.on true tok_1 {command.Id}",
            "Changed Device lamp-1 light.on false - -",
        ], Log());
    }

    [Fact]
    public void ScenesAutomationsVoiceAndTheHubKeepTheirSourceAndActionsAreRecordedByName()
    {
        _registry.Online("lamp-1");
        _registry.OnProperties("lamp-1", Json("""{"light.on": false, "light.brightness": 50}"""));

        var scene = _registry.SetProperties("lamp-1", Json("""{"1.2": 80}"""), CommandOrigin.Scene("scn_evening")).Command!;
        var automation = _registry.CallAction("lamp-1", "light.toggle", origin: CommandOrigin.Automation("aut_hall")).Command!;
        var voice = _registry.CallAction("lamp-1", "1.2", origin: CommandOrigin.Voice("tok_2")).Command!;
        var hub = _registry.SetProperties("lamp-1", Json("""{"light.mode": 1}""")).Command!;

        Assert.Equal(
        [
            "Availability Device lamp-1 - true - -",
            $"Set Scene lamp-1 light.brightness 80 scn_evening {scene.Id}",
            $"Action Automation lamp-1 light.toggle - aut_hall {automation.Id}",
            $"Action Voice lamp-1 light.brightness-up - tok_2 {voice.Id}",
            $"Set Hub lamp-1 light.mode 1 - {hub.Id}",
        ], Log());
    }

    [Fact]
    public void ALampFadingTowardWhatACommandAskedIsTheCommandsAndAReadingIsRecordedOnlyPastItsStep()
    {
        _registry.Online("lamp-1");
        _registry.Online("motion-1", "aiot.sensor.motion1");
        _registry.OnProperties("lamp-1", Json("""{"light.brightness": 10}"""));
        _registry.OnProperties("motion-1", Json("""{"motion-sensor.illumination": 1000}"""));

        var command = _registry.SetProperties("lamp-1", Json("""{"light.brightness": 90}"""), CommandOrigin.App("tok_1")).Command!;
        _registry.OnProperties("lamp-1", Json("""{"light.brightness": 50}"""));
        _registry.OnProperties("lamp-1", Json("""{"light.brightness": 89}"""));
        // The same lamp dimmed at its own knob afterwards: a person's doing.
        _registry.OnProperties("lamp-1", Json("""{"light.brightness": 30}"""));
        // 83 000 lux of range: 5 % is 4 150; 1 000 → 3 000 is noise, → 9 000 is a change.
        _registry.OnProperties("motion-1", Json("""{"motion-sensor.illumination": 3000}"""));
        _registry.OnProperties("motion-1", Json("""{"motion-sensor.illumination": 9000}"""));

        Assert.Equal(
        [
            "Availability Device lamp-1 - true - -",
            "Availability Device motion-1 - true - -",
            $"Set App lamp-1 light.brightness 90 tok_1 {command.Id}",
            $"Changed App lamp-1 light.brightness 50 tok_1 {command.Id}",
            $"Changed App lamp-1 light.brightness 89 tok_1 {command.Id}",
            "Changed Device lamp-1 light.brightness 30 - -",
            "Changed Device motion-1 motion-sensor.illumination 9000 - -",
        ], Log());
    }

    [Fact]
    public void AChangeLongAfterTheCommandIsTheDevicesAndEventsAndGoingOfflineAreRecorded()
    {
        _registry.Online("lamp-1");
        _registry.Online("motion-1", "aiot.sensor.motion1");
        _registry.OnProperties("lamp-1", Json("""{"light.on": false}"""));

        // Sent while nobody was home to see it applied; the lamp is switched on at the wall a minute later.
        var command = _registry.SetProperties("lamp-1", Json("""{"light.on": true}"""), CommandOrigin.Automation("aut_1")).Command!;
        _clock.Advance(TimeSpan.FromMinutes(1));
        _registry.OnProperties("lamp-1", Json("""{"light.on": true}"""));
        Assert.Empty(_registry.OnEvent("motion-1", "motion-sensor.motion-detected", Json("""{"illumination": 12}""")));
        _registry.OnAvailability("lamp-1", online: false, "last-will");

        Assert.Equal(
        [
            "Availability Device lamp-1 - true - -",
            "Availability Device motion-1 - true - -",
            $"Set Automation lamp-1 light.on true aut_1 {command.Id}",
            "Changed Device lamp-1 light.on true - -",
            "Event Device motion-1 motion-sensor.motion-detected {\"illumination\": 12} - -",
            "Availability Device lamp-1 - false - -",
        ], Log());
    }

    [Fact]
    public void AModeChangeIsRecordedWithWhoMadeIt()
    {
        _recorder.RecordMode("home", Start, "away", CommandOrigin.App("tok_1"));

        var entry = Assert.Single(_store.Read("home", Start, Start));
        Assert.Equal((ActivityKind.Mode, ActivitySource.App, "tok_1", "\"away\""), (entry.Kind, entry.Source, entry.Actor, entry.Value?.GetRawText()));
    }

    private List<string> Log() =>
    [
        .. _store.Read(DeviceRegistry.DefaultHomeId, Start.AddDays(-1), Start.AddDays(1)).Select(e =>
            $"{e.Kind} {e.Source} {e.DeviceId} {e.Member ?? "-"} {e.Value?.GetRawText() ?? "-"} {e.Actor ?? "-"} {e.Reference ?? "-"}"),
    ];
}
