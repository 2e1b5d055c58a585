using AiotHub.Gateway.Devices;

namespace AiotHub.Gateway.Tests.Devices;

/// <summary>Topic parsing per docs/mqtt-protocol.md "Topics", with the default and a nested root.</summary>
public sealed class DeviceTopicsTests
{
    [Theory]
    [InlineData("aiot", "aiot/lamp-1/announce", "Announce", "lamp-1", null)]
    [InlineData("aiot", "aiot/lamp-1/availability", "Availability", "lamp-1", null)]
    [InlineData("aiot", "aiot/lamp-1/properties", "Properties", "lamp-1", null)]
    [InlineData("aiot", "aiot/lamp-1/reply", "Reply", "lamp-1", null)]
    [InlineData("aiot", "aiot/spk/events/intelligent-speaker.voice-command", "Event", "spk", "intelligent-speaker.voice-command")]
    [InlineData("aiot", "aiot/lamp-1/set", "HubToDevice", "lamp-1", null)]
    [InlineData("aiot", "aiot/lamp-1/get", "HubToDevice", "lamp-1", null)]
    [InlineData("aiot", "aiot/lamp-1/ota", "HubToDevice", "lamp-1", null)]
    [InlineData("aiot", "aiot/lamp-1/ota/status", "OtaStatus", "lamp-1", null)]
    [InlineData("home/aiot", "home/aiot/lamp-1/properties", "Properties", "lamp-1", null)]
    public void KnownTopicsAreRecognised(string root, string topic, string kind, string deviceId, string? eventKey)
    {
        Assert.Equal(Enum.Parse<DeviceTopic>(kind), DeviceTopics.Parse(topic, root, out var id, out var key));
        Assert.Equal(deviceId, id);
        Assert.Equal(eventKey, key);
    }

    [Theory]
    [InlineData("aiot/lamp-1")]
    [InlineData("aiot/lamp-1/")]
    [InlineData("aiot/lamp-1/status")]
    [InlineData("aiot/lamp-1/ota/")]
    [InlineData("aiot/lamp-1/ota/progress")]
    [InlineData("aiot/lamp-1/ota/status/x")]
    [InlineData("aiot/lamp-1/events/")]
    [InlineData("aiot/lamp-1/events/a/b")]
    [InlineData("aiotx/lamp-1/properties")]
    [InlineData("aiot//properties")]
    [InlineData("other/lamp-1/properties")]
    public void AnythingElseIsUnknown(string topic) =>
        Assert.Equal(DeviceTopic.Unknown, DeviceTopics.Parse(topic, "aiot", out _, out _));
}
