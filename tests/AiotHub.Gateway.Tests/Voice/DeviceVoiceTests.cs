using System.Net.Http.Json;
using System.Text.Json;
using AiotHub.Automation.Scenes;
using AiotHub.Core.Devices;
using AiotHub.Gateway.Tests.Devices;
using Microsoft.Extensions.DependencyInjection;

namespace AiotHub.Gateway.Tests.Voice;

/// <summary>
/// The running hub hears every device that listens — speakers, TVs, TV boxes — and answers on the device that heard the
/// utterance only: play-text on a speaker, screen.show-message on a TV or box; unsure, invalid, unaccepted and looping
/// devices do nothing to the home, and /healthz counts them.
/// </summary>
public sealed class DeviceVoiceTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TheRunningHubAnswersASpeakersVoiceCommandThroughThatSpeaker()
    {
        await using var hub = LivingRoom(out _);

        Hear(hub, "speaker", "intelligent-speaker.voice-command", """{"utterance":"hey, turn on the light","confidence":90,"language":"en-US"}""");

        Assert.Contains("\"light.on\":true", Assert.Single(hub.Registry.ListCommands("lamp")).Payload, StringComparison.Ordinal);
        var answer = Assert.Single(hub.Registry.ListCommands("speaker"));
        Assert.Contains("intelligent-speaker.play-text", answer.Payload, StringComparison.Ordinal);
        Assert.Contains("OK, turned on", answer.Payload, StringComparison.Ordinal);
        Assert.Empty(hub.Registry.ListCommands("tv"));
        Assert.Empty(hub.Registry.ListCommands("box"));
    }

    [Fact]
    public async Task ATelevisionsVoiceCommandIsUnderstoodAndAnsweredOnThatTelevisionOnlyInItsLanguage()
    {
        await using var hub = LivingRoom(out _);

        Hear(hub, "tv", "voice-remote.voice-command", """{"utterance":"打开客厅的灯","confidence":91,"language":"zh-CN"}""");

        Assert.Contains("\"light.on\":true", Assert.Single(hub.Registry.ListCommands("lamp")).Payload, StringComparison.Ordinal);
        var answer = Assert.Single(hub.Registry.ListCommands("tv"));
        Assert.Contains("screen.show-message", answer.Payload, StringComparison.Ordinal);
        Assert.StartsWith("好的", AnswerText(answer), StringComparison.Ordinal);
        Assert.Empty(hub.Registry.ListCommands("speaker"));
        Assert.Empty(hub.Registry.ListCommands("box"));
    }

    [Fact]
    public async Task ATvBoxsVoiceCommandIsAnsweredOnTheBoxAndNotOnTheTelevisionBesideIt()
    {
        await using var hub = LivingRoom(out _);

        Hear(hub, "box", "voice-remote.voice-command", """{"utterance":"turn on the light","confidence":80}""");

        Assert.Single(hub.Registry.ListCommands("lamp"));
        Assert.Contains("screen.show-message", Assert.Single(hub.Registry.ListCommands("box")).Payload, StringComparison.Ordinal);
        Assert.Empty(hub.Registry.ListCommands("tv"));
        Assert.Empty(hub.Registry.ListCommands("speaker"));
    }

    [Fact]
    public async Task ASceneATelevisionStartsByVoiceIsRecordedAsVoiceStartedByThatTelevision()
    {
        await using var hub = LivingRoom(out _);
        var catalog = hub.Services.GetRequiredService<SceneCatalog>();
        var scene = catalog.Create(DeviceRegistry.DefaultHomeId,
            new SceneDefinition("movie-night", "Movie night", null, [new SceneStep("lamp", Set: DeviceHub.Json("""{"light.on":false}"""))])).Scene!;

        Hear(hub, "tv", "voice-remote.voice-command", """{"utterance":"movie night","confidence":85,"language":"en"}""");

        var run = Assert.Single(hub.Services.GetRequiredService<SceneRunner>().ListRuns(DeviceRegistry.DefaultHomeId, scene.Id));
        Assert.Equal(("voice", "tv"), (run.Source, run.StartedBy));
        Assert.Contains("screen.show-message", Assert.Single(hub.Registry.ListCommands("tv")).Payload, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ALowConfidenceRecognitionDoesNothingAndAsksThatDeviceToRepeatInItsLanguage()
    {
        await using var hub = LivingRoom(out _);

        Hear(hub, "tv", "voice-remote.voice-command", """{"utterance":"关掉客厅的灯","confidence":40,"language":"zh-CN"}""");
        Hear(hub, "speaker", "intelligent-speaker.voice-command", """{"utterance":"turn on the light","confidence":59,"language":"en"}""");

        Assert.Empty(hub.Registry.ListCommands("lamp"));
        Assert.Equal("抱歉，我没听清，请再说一遍。", AnswerText(Assert.Single(hub.Registry.ListCommands("tv"))));
        Assert.Equal("Sorry, I didn't catch that. Please say it again.", AnswerText(Assert.Single(hub.Registry.ListCommands("speaker"))));
        var voice = await VoiceHealthAsync(hub);
        Assert.Equal((2, 2, 0), (voice.GetProperty("lowConfidence").GetInt64(), voice.GetProperty("answered").GetInt64(), voice.GetProperty("invalid").GetInt64()));
    }

    [Theory]
    [InlineData("""{"utterance":"turn on the light","confidence":90,"language":"12-!!"}""")]
    [InlineData("""{"utterance":"   ","confidence":90}""")]
    [InlineData("""{"utterance":"turn on\u0007 the light","confidence":90}""")]
    public async Task AVoiceCommandWithInvalidArgumentsIsIgnoredAndCounted(string args)
    {
        await using var hub = LivingRoom(out _);

        Hear(hub, "tv", "voice-remote.voice-command", args);

        Assert.Empty(hub.Registry.ListCommands("lamp"));
        Assert.Empty(hub.Registry.ListCommands("tv"));
        Assert.Equal(1, (await VoiceHealthAsync(hub)).GetProperty("invalid").GetInt64());
    }

    [Fact]
    public async Task ADeviceNotYetTakenIntoTheHomeIsNotHeard()
    {
        await using var hub = LivingRoom(out _);
        hub.Registry.OnAnnounce("stranger-tv", new DeviceAnnouncement("aiot.tv.t1"));

        Hear(hub, "stranger-tv", "voice-remote.voice-command", """{"utterance":"turn on the light","confidence":95}""");

        Assert.Empty(hub.Registry.ListCommands("lamp"));
        Assert.Empty(hub.Registry.ListCommands("stranger-tv"));
        Assert.Equal(1, (await VoiceHealthAsync(hub)).GetProperty("notAccepted").GetInt64());
    }

    [Fact]
    public async Task ADeviceStuckInALoopIsHeardOnlyUpToItsBurstAndTheRestAreDroppedAndCounted()
    {
        await using var hub = LivingRoom(out _, ("Voice:Listeners:CommandsPerSecond", "0.01"), ("Voice:Listeners:Burst", "3"));

        for (var i = 0; i < 20; i++)
            Hear(hub, "tv", "voice-remote.voice-command", """{"utterance":"turn on the light","confidence":90,"language":"en"}""");
        Hear(hub, "speaker", "intelligent-speaker.voice-command", """{"utterance":"turn off the light","confidence":90,"language":"en"}""");

        Assert.Equal(3, hub.Registry.ListCommands("tv").Count);
        Assert.Single(hub.Registry.ListCommands("speaker")); // another device is not held back by the looping one
        var voice = await VoiceHealthAsync(hub);
        Assert.Equal((4, 17), (voice.GetProperty("heard").GetInt64(), voice.GetProperty("rateLimited").GetInt64()));
        using var http = hub.CreateHttpClient();
        var metrics = await http.GetStringAsync("/metrics", Ct);
        Assert.Contains("aiothub_voice_dropped", metrics, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ATelevisionPinnedToProfileVersionOneKeepsWorkingWithoutAVoice()
    {
        await using var hub = new DeviceHub();
        hub.Registry.OnAnnounce("old-tv", new DeviceAnnouncement("aiot.tv.t1", ProfileVersion: 1));
        hub.Registry.OnAnnounce("new-tv", new DeviceAnnouncement("aiot.tv.t1"));

        Assert.True(hub.Registry.TryGetDevice("old-tv", out var old));
        Assert.NotEqual(DeviceStatus.Pending, old.Status);
        Assert.Equal(1, old.ActiveProfileVersion);
        Assert.True(hub.Registry.SetProperties("old-tv", DeviceHub.Json("""{"television.on":true}""")).IsAccepted);
        Assert.True(hub.Registry.TryGetDevice("new-tv", out var current));
        Assert.Equal(2, current.ActiveProfileVersion);
    }

    /// <summary>A living room with a lamp, a speaker, a TV and a TV box, all taken into the home.</summary>
    private static DeviceHub LivingRoom(out string roomId, params (string Key, string? Value)[] settings)
    {
        var hub = new DeviceHub(settings);
        roomId = hub.Registry.CreateRoom(DeviceRegistry.DefaultHomeId, "Living room")!.Id;
        foreach (var (id, model, name) in new[]
        {
            ("lamp", "aiot.light.ceiling1", "Ceiling light"), ("speaker", "aiot.speaker.s1", "Speaker"),
            ("tv", "aiot.tv.t1", "TV"), ("box", "aiot.tvbox.b1", "TV box"),
        })
        {
            hub.Registry.OnAnnounce(id, new DeviceAnnouncement(model));
            hub.Registry.OnAvailability(id, online: true);
            hub.Registry.UpdateDevice(id, name, roomId);
        }

        return hub;
    }

    /// <summary>The text of an answer (a play-text or show-message call).</summary>
    private static string? AnswerText(DeviceCommand command) =>
        JsonDocument.Parse(command.Payload).RootElement.GetProperty("arguments").GetProperty("text").GetString();

    private static void Hear(DeviceHub hub, string deviceId, string eventKey, string args) =>
        Assert.Empty(hub.Registry.OnEvent(deviceId, eventKey, DeviceHub.Json(args)));

    private static async Task<JsonElement> VoiceHealthAsync(DeviceHub hub)
    {
        using var http = hub.CreateHttpClient();
        return (await http.GetFromJsonAsync<JsonElement>("/healthz", Ct)).GetProperty("voice");
    }
}
