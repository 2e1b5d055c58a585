using AiotHub.Core.Devices;
using AiotHub.Gateway.Tests.Devices;

namespace AiotHub.Gateway.Tests.Apis;

/// <summary>The hub wires speakers' voice-command events to the intent engine and answers through play-text.</summary>
public sealed class SpeakerVoiceTests
{
    [Fact]
    public async Task TheRunningHubAnswersASpeakersVoiceCommandThroughThatSpeaker()
    {
        await using var hub = new DeviceHub();
        hub.Registry.OnAnnounce("speaker-1", new DeviceAnnouncement("aiot.speaker.s1"));
        hub.Registry.OnAnnounce("lamp-1", new DeviceAnnouncement("aiot.light.ceiling1"));
        hub.Registry.OnAvailability("speaker-1", online: true);
        hub.Registry.OnAvailability("lamp-1", online: true);
        using var http = hub.CreateHttpClient(); // starts the host and its hosted services

        hub.Registry.OnEvent("speaker-1", "intelligent-speaker.voice-command", DeviceHub.Json("""{"utterance":"hey, turn on the light","confidence":90,"language":"en-US"}"""));

        var lamp = Assert.Single(hub.Registry.ListCommands("lamp-1"));
        Assert.Contains("\"light.on\":true", lamp.Payload, StringComparison.Ordinal);
        var answer = Assert.Single(hub.Registry.ListCommands("speaker-1"));
        Assert.Contains("intelligent-speaker.play-text", answer.Payload, StringComparison.Ordinal);
        Assert.Contains("OK, turned on", answer.Payload, StringComparison.Ordinal);
    }
}
