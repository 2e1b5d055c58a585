using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AiotHub.Core.Events;
using AiotHub.Gateway.Access;
using AiotHub.Gateway.Tests.Devices;
using AiotHub.Mqtt.Client;
using AiotHub.Mqtt.Protocol;
using Microsoft.Extensions.DependencyInjection;

namespace AiotHub.Gateway.Tests.Identity;

/// <summary>Per-device credentials on the device page: shown without the secret, rotated and revoked with effect at once, no restart.</summary>
public sealed class CredentialsLifecycleTests
{
    private const string Light = "aiot.light.ceiling1";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RotatingRefusesTheOldSecretAtOnceAndDisconnectsTheDevice()
    {
        await using var hub = new DeviceHub();
        using var http = hub.CreateHttpClient();
        var secret = await PairAsync(hub, "lamp-7");
        await using var lamp = await TestDevice.StartAsync(hub.Port, "lamp-7", Light, Ct, "lamp-7", secret);
        await hub.WaitOnlineAsync("lamp-7", Ct);

        var info = await http.GetFromJsonAsync<JsonElement>("/api/v1/homes/home/devices/lamp-7/credentials", Ct);
        Assert.Equal("active", info.GetProperty("status").GetString());
        Assert.Equal("pairing", info.GetProperty("origin").GetString());
        Assert.Equal("127.0.0.1", info.GetProperty("lastAddress").GetString());
        Assert.True(info.TryGetProperty("lastConnected", out _));
        Assert.DoesNotContain(secret, info.GetRawText(), StringComparison.Ordinal);

        using var rotated = await http.PostAsync("/api/v1/homes/home/devices/lamp-7/credentials/rotate", null, Ct);
        Assert.Equal(HttpStatusCode.OK, rotated.StatusCode);
        var fresh = (await rotated.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("password").GetString()!;

        Assert.True(await DeviceHub.WaitUntilAsync(() => !lamp.Client.IsConnected, Ct), "the device was not disconnected");
        var old = await Assert.ThrowsAsync<MqttClientConnectException>(() => TestMqttClients.ConnectAsync(hub.Port, Ct, "lamp-7", "lamp-7", secret));
        Assert.Equal(MqttReasonCode.BadUserNameOrPassword, old.ReasonCode);
        await using var again = await TestMqttClients.ConnectAsync(hub.Port, Ct, "lamp-7", "lamp-7", fresh);
        Assert.True(again.IsConnected);
        Assert.True((await http.GetFromJsonAsync<JsonElement>("/api/v1/homes/home/devices/lamp-7/credentials", Ct)).TryGetProperty("rotated", out _));
    }

    [Fact]
    public async Task RevokingEndsTheDeviceAndItsSessionAndItsIdStaysClosedUntilPairedAgain()
    {
        await using var hub = new DeviceHub();
        using var http = hub.CreateHttpClient();
        var secret = await PairAsync(hub, "lamp-7");
        await using var lamp = await TestDevice.StartAsync(hub.Port, "lamp-7", Light, Ct, "lamp-7", secret);
        await hub.WaitOnlineAsync("lamp-7", Ct);

        using var revoked = await http.PostAsync("/api/v1/homes/home/devices/lamp-7/credentials/revoke", null, Ct);

        Assert.Equal(HttpStatusCode.OK, revoked.StatusCode);
        Assert.Equal("revoked", (await revoked.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("status").GetString());
        Assert.True(await DeviceHub.WaitUntilAsync(() => !lamp.Client.IsConnected, Ct), "the device was not disconnected");
        var withSecret = await Assert.ThrowsAsync<MqttClientConnectException>(() => TestMqttClients.ConnectAsync(hub.Port, Ct, "lamp-7", "lamp-7", secret));
        Assert.Equal(MqttReasonCode.BadUserNameOrPassword, withSecret.ReasonCode);
        var anonymous = await Assert.ThrowsAsync<MqttClientConnectException>(() => TestMqttClients.ConnectAsync(hub.Port, Ct, "lamp-7"));
        Assert.Equal(MqttReasonCode.NotAuthorized, anonymous.ReasonCode);
        var otherCase = await Assert.ThrowsAsync<MqttClientConnectException>(() => TestMqttClients.ConnectAsync(hub.Port, Ct, "LAMP-7"));
        Assert.Equal(MqttReasonCode.NotAuthorized, otherCase.ReasonCode);
        Assert.Equal(HttpStatusCode.Conflict, (await http.PostAsync("/api/v1/homes/home/devices/lamp-7/credentials/rotate", null, Ct)).StatusCode);

        // Re-pairing from the device's page gives it credentials again.
        var code = await PairingTests.CreateCodeAsync(hub, new { deviceId = "lamp-7" });
        var stranger = await PairingPeer.PairAsync(hub.Port, code, "lamp-6", Light, mqtt5: true, Ct);
        Assert.Equal((int)MqttReasonCode.BadUserNameOrPassword, stranger.ConnAck);
        var repaired = await PairingPeer.PairAsync(hub.Port, code, "lamp-7", Light, mqtt5: true, Ct);
        Assert.Equal(0, repaired.Code);
        await using var back = await TestMqttClients.ConnectAsync(hub.Port, Ct, "lamp-7", "lamp-7", repaired.Password);
        Assert.True(back.IsConnected);
    }

    [Fact]
    public async Task GuestsAndIntegratorsSeeNothingOfADevicesCredentials()
    {
        await using var hub = new DeviceHub();
        await PairAsync(hub, "lamp-7");
        foreach (var role in new[] { AccessRole.Guest, AccessRole.Integrator })
        {
            using var http = hub.CreateHttpClient(hub.Tokens.Create(role.ToString(), [new AccessGrant("home", role)], null).Secret);
            Assert.Equal(HttpStatusCode.Forbidden, (await http.GetAsync("/api/v1/homes/home/devices/lamp-7/credentials", Ct)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await http.PostAsync("/api/v1/homes/home/devices/lamp-7/credentials/rotate", null, Ct)).StatusCode);
        }
    }

    [Fact]
    public async Task ARemovedDeviceHasItsCredentialsRevoked()
    {
        await using var hub = new DeviceHub();
        var secret = await PairAsync(hub, "lamp-7");
        await using (var lamp = await TestDevice.StartAsync(hub.Port, "lamp-7", Light, Ct, "lamp-7", secret))
        {
            await hub.WaitOnlineAsync("lamp-7", Ct);
        }

        // What the registry raises when an owner deletes the device (the removal work's event).
        hub.Registry.Events.Publish(new HomeEventDraft("home", DateTimeOffset.UtcNow, "lamp-7",
            new DeviceRemoval("lamp-7", "lamp-7", "acme.lamp", null, AiotHub.Core.Devices.DeviceHistory.Keep, 0, 1)));

        Assert.True(await DeviceHub.WaitUntilAsync(() =>
            hub.Services.GetRequiredService<AiotHub.Gateway.Devices.Credentials.DeviceCredentials>().Get("lamp-7")?.IsRevoked == true, Ct));
        var refused = await Assert.ThrowsAsync<MqttClientConnectException>(() => TestMqttClients.ConnectAsync(hub.Port, Ct, "lamp-7", "lamp-7", secret));
        Assert.Equal(MqttReasonCode.BadUserNameOrPassword, refused.ReasonCode);
    }

    internal static async Task<string> PairAsync(DeviceHub hub, string deviceId)
    {
        var code = await PairingTests.CreateCodeAsync(hub);
        var peer = await PairingPeer.PairAsync(hub.Port, code, deviceId, Light, mqtt5: true, Ct);
        Assert.Equal(0, peer.Code);
        return peer.Password;
    }
}
