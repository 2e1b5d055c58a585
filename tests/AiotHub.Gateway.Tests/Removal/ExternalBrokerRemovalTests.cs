using System.Net;
using System.Text.Json;
using AiotHub.Gateway.Tests.Devices;
using AiotHub.Mqtt.Tests.Infrastructure;
using static AiotHub.Gateway.Tests.Devices.DeviceHub;

namespace AiotHub.Gateway.Tests.Removal;

/// <summary>Mqtt:Mode External: removing a device clears its retained messages in Debian's mosquitto, through the hub's own client.</summary>
public sealed class ExternalBrokerRemovalTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ARemovedDevicesRetainedAnnounceAndAvailabilityAreClearedInMosquitto()
    {
        await using var mosquitto = await MosquittoBroker.StartAsync(cancellationToken: Ct);
        await using var hub = new DeviceHub(("Mqtt:Mode", "External"), ("Mqtt:Url", $"mqtt://127.0.0.1:{mosquitto.Port}"));
        Assert.True(await WaitUntilAsync(() => hub.Bridge.IsConnected, Ct), "the bridge did not connect to mosquitto");
        using var http = hub.CreateHttpClient();
        await using (var lamp = await TestDevice.StartAsync(mosquitto.Port, "lamp-1", "aiot.light.ceiling1", Ct))
        {
            await hub.WaitOnlineAsync("lamp-1", Ct);
        }

        Assert.Equal(2, (await RetainedMessages.OfDeviceAsync(mosquitto.Port, "lamp-1", 2, Eventually.Timeout, Ct)).Count);

        using var response = await http.DeleteAsync("/api/v1/homes/home/devices/lamp-1", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        Assert.True(answer.RootElement.GetProperty("retainedCleared").GetBoolean());
        Assert.Empty(await RetainedMessages.OfDeviceAsync(mosquitto.Port, "lamp-1", int.MaxValue, TimeSpan.FromSeconds(1.5), Ct));
        Assert.False(hub.Registry.TryGetDevice("lamp-1", out _));
    }
}
