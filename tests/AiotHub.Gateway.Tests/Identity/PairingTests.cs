using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AiotHub.Core.Devices;
using AiotHub.Gateway.Access;
using AiotHub.Gateway.Tests.Devices;
using AiotHub.Mqtt.Client;
using AiotHub.Mqtt.Protocol;

namespace AiotHub.Gateway.Tests.Identity;

/// <summary>"Add a device" end to end: the API's one-time code, a third-party device (paho) pairing over MQTT 5 and 3.1.1, and the device connecting as itself.</summary>
public sealed class PairingTests
{
    private const string Light = "aiot.light.ceiling1";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ADevicePairsOverMqtt5AndConnectsAsItselfInTheCodesRoomWithItsName()
    {
        await using var hub = new DeviceHub();
        using var http = hub.CreateHttpClient();
        var room = await (await http.PostAsJsonAsync("/api/v1/homes/home/rooms", new { name = "Kitchen" }, Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct);
        var roomId = room.GetProperty("id").GetString();

        using var created = await http.PostAsJsonAsync("/api/v1/homes/home/pairings", new { name = "Kitchen light", roomId }, Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var pairing = await created.Content.ReadFromJsonAsync<JsonElement>(Ct);
        var code = pairing.GetProperty("code").GetString()!;
        Assert.Matches("^[0-9]{10}$", code);
        var expires = pairing.GetProperty("expires").GetDateTimeOffset();
        Assert.InRange(expires - DateTimeOffset.UtcNow, TimeSpan.FromMinutes(9), TimeSpan.FromMinutes(10.5));
        Assert.StartsWith($"aiothub://pair?code={code}&broker=mqtt%3A%2F%2F", pairing.GetProperty("qrPayload").GetString(), StringComparison.Ordinal);
        var listed = await http.GetFromJsonAsync<JsonElement>("/api/v1/homes/home/pairings", Ct);
        Assert.False(Assert.Single(listed.GetProperty("items").EnumerateArray().ToList()).TryGetProperty("code", out _));

        var peer = await PairingPeer.PairAsync(hub.Port, code, "lamp-7", Light, mqtt5: true, Ct);

        Assert.Equal(0, peer.Code);
        Assert.Equal("req-42", peer.Correlation);
        Assert.Equal("lamp-7", peer.Response!.Value.GetProperty("userName").GetString());
        Assert.Equal("home", peer.Response.Value.GetProperty("homeId").GetString());
        await using (var lamp = await TestDevice.StartAsync(hub.Port, "lamp-7", Light, Ct, "lamp-7", peer.Password))
        {
            await hub.WaitOnlineAsync("lamp-7", Ct);
        }

        Assert.True(hub.Registry.TryGetDevice("lamp-7", out var device));
        Assert.Equal(("Kitchen light", roomId, DeviceStatus.Active), (device.Name, device.RoomId, device.Status));
        Assert.Empty((await http.GetFromJsonAsync<JsonElement>("/api/v1/homes/home/pairings", Ct)).GetProperty("items").EnumerateArray());

        // The code is spent, and the paired id is nobody else's: not with the code, not anonymously, not with a wrong secret.
        Assert.Equal((int)MqttReasonCode.BadUserNameOrPassword, (await PairingPeer.PairAsync(hub.Port, code, "lamp-7", Light, mqtt5: true, Ct)).ConnAck);
        var anonymous = await Assert.ThrowsAsync<MqttClientConnectException>(() => TestMqttClients.ConnectAsync(hub.Port, Ct, clientId: "lamp-7"));
        Assert.Equal(MqttReasonCode.NotAuthorized, anonymous.ReasonCode);
        var wrong = await Assert.ThrowsAsync<MqttClientConnectException>(() => TestMqttClients.ConnectAsync(hub.Port, Ct, clientId: "lamp-7", userName: "lamp-7", password: "guess"));
        Assert.Equal(MqttReasonCode.BadUserNameOrPassword, wrong.ReasonCode);
        var otherId = await Assert.ThrowsAsync<MqttClientConnectException>(() => TestMqttClients.ConnectAsync(hub.Port, Ct, clientId: "lamp-8", userName: "lamp-7", password: peer.Password));
        Assert.Equal(MqttReasonCode.ClientIdentifierNotValid, otherId.ReasonCode);
    }

    [Fact]
    public async Task AnMqtt311DevicePairsWithTheIdInThePayloadEchoed()
    {
        await using var hub = new DeviceHub();
        var code = await CreateCodeAsync(hub);

        var peer = await PairingPeer.PairAsync(hub.Port, code, "plug-3", "aiot.plug.p1", mqtt5: false, Ct);

        Assert.Equal(0, peer.Code);
        Assert.Equal("req-42", peer.Response!.Value.GetProperty("id").GetString());
        await using var plug = await TestDevice.StartAsync(hub.Port, "plug-3", "aiot.plug.p1", Ct, "plug-3", peer.Password);
        await hub.WaitOnlineAsync("plug-3", Ct);
    }

    [Fact]
    public async Task AnIdThatBelongsToAnotherDeviceIsRefusedAndTheCodeStaysOpen()
    {
        await using var hub = new DeviceHub();
        await using var existing = await TestDevice.StartAsync(hub.Port, "lamp-1", Light, Ct);
        await hub.WaitOnlineAsync("lamp-1", Ct);
        var code = await CreateCodeAsync(hub);

        var taken = await PairingPeer.PairAsync(hub.Port, code, "lamp-1", Light, mqtt5: true, Ct);
        var bad = await PairingPeer.PairAsync(hub.Port, code, "lamp-2", Light, mqtt5: true, Ct, csrPath: WriteTemp("not a CSR"));
        var good = await PairingPeer.PairAsync(hub.Port, code, "lamp-2", Light, mqtt5: true, Ct);

        Assert.Equal(-4203, taken.Code);
        Assert.Contains("lamp-1", taken.Response!.Value.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(-4204, bad.Code);
        Assert.Equal(0, good.Code);
        Assert.True(hub.Registry.TryGetDevice("lamp-1", out var lamp));
        Assert.Equal(Light, lamp.Model);
    }

    [Fact]
    public async Task FiveWrongCodesFromOneAddressShutItOutForAMinuteEvenWithTheRightCode()
    {
        await using var hub = new DeviceHub();
        var code = await CreateCodeAsync(hub);

        for (var i = 0; i < 5; i++)
        {
            var wrong = await Assert.ThrowsAsync<MqttClientConnectException>(() =>
                TestMqttClients.ConnectAsync(hub.Port, Ct, clientId: "lamp-9", userName: "$pair", password: $"00000{i}0000"));
            Assert.Equal(MqttReasonCode.BadUserNameOrPassword, wrong.ReasonCode);
        }

        var blocked = await Assert.ThrowsAsync<MqttClientConnectException>(() =>
            TestMqttClients.ConnectAsync(hub.Port, Ct, clientId: "lamp-9", userName: "$pair", password: code));
        Assert.Equal(MqttReasonCode.Banned, blocked.ReasonCode);
    }

    [Fact]
    public async Task ACancelledCodeIsRefusedAndOnlyOwnersAndMembersMakeCodes()
    {
        await using var hub = new DeviceHub();
        using var owner = hub.CreateHttpClient();
        using var guest = hub.CreateHttpClient(hub.Tokens.Create("guest", [new AccessGrant("home", AccessRole.Guest)], null).Secret);
        using var integrator = hub.CreateHttpClient(hub.Tokens.Create("integrator", [new AccessGrant("home", AccessRole.Integrator)], null).Secret);
        var created = await (await owner.PostAsJsonAsync("/api/v1/homes/home/pairings", new { }, Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct);

        Assert.Equal(HttpStatusCode.NoContent, (await owner.DeleteAsync($"/api/v1/homes/home/pairings/{created.GetProperty("id").GetString()}", Ct)).StatusCode);
        var cancelled = await Assert.ThrowsAsync<MqttClientConnectException>(() =>
            TestMqttClients.ConnectAsync(hub.Port, Ct, clientId: "lamp-9", userName: "$pair", password: created.GetProperty("code").GetString()));
        Assert.Equal(MqttReasonCode.BadUserNameOrPassword, cancelled.ReasonCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await guest.PostAsJsonAsync("/api/v1/homes/home/pairings", new { }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await integrator.GetAsync("/api/v1/homes/home/pairings", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await owner.PostAsJsonAsync("/api/v1/homes/home/pairings", new { roomId = "nowhere" }, Ct)).StatusCode);
        for (var i = 0; i < 20; i++)
            Assert.Equal(HttpStatusCode.Created, (await owner.PostAsJsonAsync("/api/v1/homes/home/pairings", new { }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await owner.PostAsJsonAsync("/api/v1/homes/home/pairings", new { }, Ct)).StatusCode);
    }

    internal static async Task<string> CreateCodeAsync(DeviceHub hub, object? body = null)
    {
        using var http = hub.CreateHttpClient();
        using var response = await http.PostAsJsonAsync("/api/v1/homes/home/pairings", body ?? new { }, Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("code").GetString()!;
    }

    internal static string WriteTemp(string text)
    {
        var path = Path.GetTempFileName();
        File.WriteAllText(path, text);
        return path;
    }
}
