using System.Text;
using System.Text.Json;
using AiotHub.Core.Devices;
using AiotHub.Gateway.Devices;
using static AiotHub.Gateway.Tests.Devices.DeviceHub;

namespace AiotHub.Gateway.Tests.Devices;

/// <summary>The hub → device half of the protocol (docs/mqtt-protocol.md "Hub → device"): typed requests from Core on the wire.</summary>
public sealed class DeviceCommandWriterTests
{
    [Fact]
    public void ASetGoesToTheSetTopicWithTheIdAndTheValuesAsTheDeviceAddressesThem()
    {
        var request = new SetPropertiesRequest("lamp-1", "c-1", new Dictionary<string, JsonElement>
        {
            ["light.on"] = Json("true"),
            ["1.2"] = Json("60"),
        });

        Assert.Equal("aiot/lamp-1/set", DeviceCommandWriter.Topic("aiot", request));
        Assert.Equal("""{"id":"c-1","values":{"light.on":true,"1.2":60}}""", Encoding.UTF8.GetString(DeviceCommandWriter.Payload(request)));
    }

    [Fact]
    public void ACallCarriesTheActionAndItsInArguments()
    {
        var request = new CallActionRequest("speaker-1", "c-2", "intelligent-speaker.play-text", Json("""{"text":"Good night"}"""));

        Assert.Equal("home/aiot/speaker-1/call", DeviceCommandWriter.Topic("home/aiot", request));
        Assert.Equal("""{"id":"c-2","action":"intelligent-speaker.play-text","in":{"text":"Good night"}}""",
            Encoding.UTF8.GetString(DeviceCommandWriter.Payload(request)));
    }

    [Fact]
    public void AGetListsThePropertiesOrNoneForAll()
    {
        var some = new GetPropertiesRequest("lamp-1", "c-3", ["light.on", "light.brightness"]);
        var all = new GetPropertiesRequest("lamp-1", "c-4", []);

        Assert.Equal("aiot/lamp-1/get", DeviceCommandWriter.Topic("aiot", some));
        Assert.Equal("""{"id":"c-3","properties":["light.on","light.brightness"]}""", Encoding.UTF8.GetString(DeviceCommandWriter.Payload(some)));
        Assert.Equal("""{"id":"c-4","properties":[]}""", Encoding.UTF8.GetString(DeviceCommandWriter.Payload(all)));
    }
}
