using AiotHub.Simulators.Fleet;
using AiotHub.Simulators.Scenarios;
using AiotHub.Testing;

namespace AiotHub.Simulators.Tests;

/// <summary>
/// Simulated devices that listen (speakers, TVs, TV boxes) speak only when told: a fleet left alone for hours says
/// nothing to the hub's assistant; a scenario's say step makes exactly its device speak. Over a real broker, with time
/// moved by a manual clock.
/// </summary>
public sealed class FleetVoiceTests
{
    private static readonly string[] Listeners = ["aiot.speaker.s1", "aiot.tv.t1", "aiot.tvbox.b1"];

    [Fact]
    public async Task AFleetOfSpeakersAndTelevisionsLeftAloneForSixHoursSendsNoVoiceCommand()
    {
        await using var hub = await HubProbe.StartAsync();
        await hub.ListenAsync("aiot/+/events/#");
        var clock = new ManualClock();
        var options = new FleetOptions { Port = hub.Port, TimeProvider = clock, KeepAlive = TimeSpan.Zero };
        options.Device.Rate = 0;
        await using var fleet = SimulatorFleet.Create(options, [.. Listeners.Select(TestProfiles.Load)], 300);
        Assert.Equal(300, await fleet.StartAsync(TestContext.Current.CancellationToken));
        Assert.All(fleet.Devices, d => Assert.NotNull(d.Voice));

        for (var i = 0; i < 6 * 60; i++)
            clock.Advance(TimeSpan.FromMinutes(1)); // each advance runs the fleet's tick

        // Other events (a TV's content-changed) arrive: the link worked while nothing was said.
        await HubProbe.Eventually(() => !hub.Received.IsEmpty, "some device event");
        Assert.Equal(0, fleet.VoiceCommandsSent);
        Assert.DoesNotContain(hub.Received, m => m.Topic.EndsWith(".voice-command", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheDemoHomeSpeaksOnlyItsScriptedLines()
    {
        await using var hub = await HubProbe.StartAsync();
        await hub.ListenAsync("aiot/+/events/#");
        var scenario = ScenarioParser.ParseFile(Path.Combine(TestProfiles.RepositoryRoot, "simulators", "scenarios", "home.json")).Scenario!;
        var scripted = scenario.Timeline.Where(s => s.Kind == ScenarioStepKind.Say).Select(s => (s.Device, s.Text)).ToList();
        var clock = new ManualClock();
        // As the hub's --demo builds it (DemoHome): the fleet's default options.
        var options = new FleetOptions { Port = hub.Port, TimeProvider = clock, KeepAlive = TimeSpan.Zero };
        await using var fleet = SimulatorFleet.FromScenario(options, scenario, TestProfiles.All());
        Assert.Equal(scenario.Devices.Count(), await fleet.StartAsync(TestContext.Current.CancellationToken));

        for (var i = 0; i < 599; i++)
            clock.Advance(TimeSpan.FromSeconds(1)); // one loop of the timeline (10 minutes)

        Assert.Equal(scripted.Count, fleet.VoiceCommandsSent);
        await HubProbe.Eventually(() => hub.Received.Count(m => m.Topic.EndsWith(".voice-command", StringComparison.Ordinal)) == scripted.Count, "every scripted line");
        var heard = hub.Received.Where(m => m.Topic.EndsWith(".voice-command", StringComparison.Ordinal))
            .Select(m => (m.Topic.Split('/')[1], m.Json.GetProperty("args").GetProperty("utterance").GetString())).ToList();
        Assert.Equal(scripted.Order(), heard.Order());
        Assert.Contains(heard, h => h.Item1 == "living-tv");
    }

    [Fact]
    public async Task AScriptedSayStepMakesOnlyItsTelevisionSpeakAndTheAnswerIsShownOnIt()
    {
        await using var hub = await HubProbe.StartAsync();
        await hub.ListenAsync("aiot/+/events/#");
        var scenario = ScenarioParser.Parse("""
            { "rooms": [ { "name": "Living room", "devices": [
                  { "id": "speaker", "model": "aiot.speaker.s1" }, { "id": "tv", "model": "aiot.tv.t1" }, { "id": "box", "model": "aiot.tvbox.b1" } ] } ],
              "timeline": [ { "at": "10s", "device": "tv", "say": "关掉电视", "language": "zh-CN", "confidence": 88 } ] }
            """);
        Assert.True(scenario.IsValid, string.Join("; ", scenario.Errors));
        var clock = new ManualClock();
        var options = new FleetOptions { Port = hub.Port, TimeProvider = clock, KeepAlive = TimeSpan.Zero };
        options.Device.Rate = 0;
        options.Device.Latency = TimeSpan.Zero;
        await using var fleet = SimulatorFleet.FromScenario(options, scenario.Scenario!, TestProfiles.All());
        Assert.Equal(3, await fleet.StartAsync(TestContext.Current.CancellationToken));

        for (var i = 0; i < 200; i++)
            clock.Advance(TimeSpan.FromMilliseconds(100));

        var heard = await hub.WaitForAsync("tv", "events/voice-remote.voice-command");
        var args = heard.Json.GetProperty("args");
        Assert.Equal(("关掉电视", "zh-CN", 88), (args.GetProperty("utterance").GetString(), args.GetProperty("language").GetString(), args.GetProperty("confidence").GetInt32()));
        Assert.Equal(1, fleet.VoiceCommandsSent);
        Assert.Single(hub.Received, m => m.Topic.EndsWith(".voice-command", StringComparison.Ordinal));

        await hub.ListenAsync("aiot/tv/reply");
        await hub.SendAsync("tv", "call", """{"id":"answer-1","action":"screen.show-message","in":{"text":"好的，电视已关闭。"}}""");
        Assert.Equal(0, (await hub.WaitForReplyAsync("tv", "answer-1")).Json.GetProperty("code").GetInt32());
        Assert.Equal(["好的，电视已关闭。"], fleet.Find("tv")!.Voice!.Answers);
        Assert.Empty(fleet.Find("speaker")!.Voice!.Answers);
    }
}
