using AiotHub.Core.Profiles;
using AiotHub.Simulators.Devices;
using AiotHub.Simulators.Fleet;
using AiotHub.Simulators.Scenarios;

namespace AiotHub.Simulators.Tests;

/// <summary>The scenario format: simulators/scenarios/home.json, precise errors, and the timeline on a manual clock.</summary>
public sealed class ScenarioTests
{
    private static string HomeJson => Path.Combine(TestProfiles.RepositoryRoot, "simulators", "scenarios", "home.json");

    [Fact]
    public void TheDemoHomeParsesFitsTheShippedProfilesAndHasOneDeviceOfEachType()
    {
        var result = ScenarioParser.ParseFile(HomeJson);
        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        var profiles = TestProfiles.All();
        Assert.Empty(ScenarioChecker.Check(result.Scenario, profiles.ToDictionary(p => p.Model)));
        var types = result.Scenario.Devices.Select(d => profiles.Single(p => p.Model == d.Model).Type).ToList();
        Assert.Equal(profiles.Select(p => p.Type).Distinct().Order(), types.Distinct().Order());
        Assert.Equal(profiles.Select(p => p.Model).Order(), result.Scenario.Devices.Select(d => d.Model).Order());
        Assert.True(result.Scenario.Rooms.Count >= 3);
        Assert.Equal(TimeSpan.FromMinutes(10), result.Scenario.Loop);
    }

    [Fact]
    public void EveryProblemIsReportedWithItsPath()
    {
        var result = ScenarioParser.Parse("""
            { "rooms": [ { "name": "Hall", "devices": [ { "id": "a b", "model": "x" }, { "id": "d", "model": "aiot.light.ceiling1" }, { "id": "d", "model": "y" } ] } ],
              "timeline": [ { "at": "soon", "device": "d", "set": { "light.on": true } },
                            { "at": 1, "device": "ghost", "say": "hi" },
                            { "at": 2, "device": "d", "set": {}, "say": "both" },
                            { "at": 3, "device": "d", "fault": "gremlins" },
                            { "at": 4, "device": "d", "fault": "offline" } ] }
            """);
        Assert.False(result.IsValid);
        Assert.Equal(
            [
                "$.rooms[0].devices[0].id: 'a b' is not a device id (1-64 characters from A-Z a-z 0-9 - _)",
                "$.rooms[0].devices[2].id: duplicate device id 'd'",
                "$.timeline[0].at: expected a duration from the start (seconds, or \"90s\", \"5m\", \"hh:mm:ss\")",
                "$.timeline[1].device: no device 'ghost' in the rooms",
                "$.timeline[2]: expected exactly one of set, event, say, fault",
                "$.timeline[3].fault: unknown fault 'gremlins'; expected one of offline, drop-acks, delay-acks, out-of-range, malformed, clear",
                "$.timeline[4].duration: an offline fault needs a duration",
            ],
            result.Errors);
    }

    [Fact]
    public void StepsThatDoNotFitTheProfilesAreReportedBeforeAnythingRuns()
    {
        var scenario = ScenarioParser.Parse("""
            { "rooms": [ { "name": "Hall", "devices": [ { "id": "l", "model": "aiot.light.ceiling1" }, { "id": "m", "model": "acme.unknown.u1" } ] } ],
              "timeline": [ { "at": 1, "device": "l", "set": { "light.brightness": 150 } },
                            { "at": 2, "device": "l", "event": "light.exploded" },
                            { "at": 3, "device": "l", "say": "hello" } ] }
            """).Scenario!;
        var error = Assert.Throws<ScenarioException>(() => SimulatorFleet.FromScenario(new FleetOptions(), scenario, TestProfiles.All()));
        Assert.Equal(
            [
                "device 'm': unknown model 'acme.unknown.u1' (not among the loaded profiles)",
                "$.timeline[0].set.light.brightness: 150 is outside the value-range 1..100",
                "$.timeline[1].event: aiot.light.ceiling1 has no event 'light.exploded' (expected service.event)",
                "$.timeline[2].say: aiot.light.ceiling1 does not listen (its profile declares no voice-command event with an utterance)",
            ],
            error.Errors);
    }

    [Theory]
    [InlineData("90", 90)]
    [InlineData("\"250ms\"", 0.25)]
    [InlineData("\"90s\"", 90)]
    [InlineData("\"5m\"", 300)]
    [InlineData("\"1h\"", 3600)]
    [InlineData("\"00:01:30\"", 90)]
    public void DurationsAcceptSecondsUnitsAndClockTimes(string json, double seconds)
    {
        using var document = System.Text.Json.JsonDocument.Parse(json);
        Assert.True(ScenarioDuration.TryParse(document.RootElement, out var duration));
        Assert.Equal(TimeSpan.FromSeconds(seconds), duration);
    }

    [Fact]
    public void TheTimelineRunsStepsAtTheirOffsetsUndoesTimedFaultsAndLoops()
    {
        var scenario = ScenarioParser.Parse("""
            { "rooms": [ { "name": "Living", "devices": [ { "id": "light", "model": "aiot.light.ceiling1" }, { "id": "speaker", "model": "aiot.speaker.s1" } ] } ],
              "timeline": [ { "at": "5s", "device": "light", "set": { "light.on": true } },
                            { "at": "10s", "device": "speaker", "say": "晚安", "language": "zh-CN" },
                            { "at": "12s", "device": "light", "fault": "drop-acks", "duration": "10s" },
                            { "at": "15s", "device": "light", "fault": "offline", "duration": "20s" } ],
              "loop": "1m" }
            """).Scenario!;
        var clock = new ManualClock();
        var messages = new List<DeviceMessage>();
        var devices = new Dictionary<string, SimulatedDevice>
        {
            ["light"] = new("light", TestProfiles.Load("aiot.light.ceiling1"), new SimulatedDeviceOptions { Rate = 0 }, clock),
            ["speaker"] = new("speaker", TestProfiles.Load("aiot.speaker.s1"), new SimulatedDeviceOptions { Rate = 0 }, clock),
        };
        foreach (var device in devices.Values)
            device.Attach(messages.Add);
        var timeline = new ScenarioTimeline(scenario, id => devices.GetValueOrDefault(id));
        var elapsed = TimeSpan.Zero;
        void RunTo(double seconds)
        {
            while (elapsed < TimeSpan.FromSeconds(seconds))
            {
                elapsed += TimeSpan.FromSeconds(0.5);
                clock.Advance(TimeSpan.FromSeconds(0.5));
                timeline.Run(elapsed);
                foreach (var device in devices.Values)
                    device.Tick();
            }
        }

        RunTo(4.5);
        Assert.False(devices["light"].State.GetBool("light.on"));
        RunTo(5);
        Assert.True(devices["light"].State.GetBool("light.on"));
        Assert.Contains(messages, m => m.Subtopic == "properties" && m.PayloadText.Contains("\"light.on\":true", StringComparison.Ordinal));
        RunTo(10);
        Assert.Contains(messages, m => m.Subtopic == "events/intelligent-speaker.voice-command" && m.PayloadText.Contains("晚安", StringComparison.Ordinal));
        RunTo(12);
        Assert.Equal(1, devices["light"].Faults.DropAckProbability);
        RunTo(15);
        Assert.True(devices["light"].TakeAbortRequest());
        RunTo(22);
        Assert.Equal(0, devices["light"].Faults.DropAckProbability);
        Assert.Equal(4, timeline.StepsRun);
        RunTo(65);
        Assert.Equal(5, timeline.StepsRun);
    }
}
