using AiotHub.Core.Devices;
using AiotHub.Mqtt.Tests.Infrastructure;
using static AiotHub.Gateway.Tests.Apis.DevicesApiTests;
using static AiotHub.Gateway.Tests.Devices.DeviceHub;

namespace AiotHub.Gateway.Tests.Devices;

/// <summary>Mqtt:Mode External: the bridge speaks to devices through Debian's mosquitto.</summary>
public sealed class DeviceBridgeExternalTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ACommandThroughMosquittoIsAppliedAndTheDevicesWillTakesItOffline()
    {
        await using var mosquitto = await MosquittoBroker.StartAsync(cancellationToken: Ct);
        await using var hub = new DeviceHub(("Mqtt:Mode", "External"), ("Mqtt:Url", $"mqtt://127.0.0.1:{mosquitto.Port}"));
        Assert.True(await WaitUntilAsync(() => hub.Bridge.IsConnected, Ct), "the bridge did not connect to mosquitto");
        await using var lamp = await TestDevice.StartAsync(mosquitto.Port, "lamp-1", "aiot.light.ceiling1", Ct);
        await hub.WaitOnlineAsync("lamp-1", Ct);

        var id = hub.Registry.SetProperties("lamp-1", Json("""{"light.brightness":33}""")).Command!.Id;
        var (message, body) = await lamp.NextCommandAsync(Ct);
        await lamp.ReplyAsync(body.GetProperty("id").GetString()!, 0, Ct);

        Assert.Equal("aiot/lamp-1/set", message.Topic);
        Assert.True(await WaitUntilAsync(() => hub.Registry.GetCommand(id)!.Status == CommandStatus.Applied, Ct));

        lamp.Vanish();
        Assert.True(await WaitUntilAsync(() => hub.Registry.TryGetDevice("lamp-1", out var d) && d.Availability.State == AvailabilityState.Offline, Ct));
        Assert.True(hub.Registry.TryGetDevice("lamp-1", out var device));
        Assert.Equal("last-will", device.Availability.Reason);
    }

    [Fact]
    public async Task HealthzShowsTheDeviceLinkClientsQueuesInExternalMode()
    {
        await using var mosquitto = await MosquittoBroker.StartAsync(cancellationToken: Ct);
        await using var hub = new DeviceHub(("Mqtt:Mode", "External"), ("Mqtt:Url", $"mqtt://127.0.0.1:{mosquitto.Port}"));
        Assert.True(await WaitUntilAsync(() => hub.Bridge.IsConnected, Ct), "the bridge did not connect to mosquitto");
        await using var lamp = await TestDevice.StartAsync(mosquitto.Port, "lamp-1", "aiot.light.ceiling1", Ct);
        await hub.WaitOnlineAsync("lamp-1", Ct);
        using var http = hub.CreateHttpClient();

        var link = (await GetJsonAsync(http, "/healthz")).GetProperty("mqtt").GetProperty("link");

        // Nothing waits, nothing was dropped or held back on a quiet hub; the figures are there to watch.
        foreach (var figure in new[] { "inboundQueued", "inboundDropped", "inboundPauses", "outgoingQueued", "outgoingWaits", "outgoingTimeouts", "writeQueueOverflows" })
            Assert.Equal(0, link.GetProperty(figure).GetInt64());
    }
}
