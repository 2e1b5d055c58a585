using System.Globalization;
using AiotHub.Gateway.Tests.Attacks;
using AiotHub.Gateway.Tests.Devices;
using AiotHub.Mqtt.Client;
using AiotHub.Mqtt.Protocol;
using AiotHub.Mqtt.Tests.Infrastructure;
using AiotHub.Mqtt.Tests.Interop;

namespace AiotHub.Gateway.Tests.Identity;

/// <summary>
/// Closed by default: anonymous MQTT only from the hub machine itself unless Mqtt:AllowAnonymous says otherwise,
/// tried from loopback and from another address (a network namespace, so traffic never leaves the machine).
/// </summary>
public sealed class AnonymousAccessTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ByDefaultAnonymousClientsAreAcceptedFromLoopbackOnlyWhileADevicesSecretWorksFromAnywhere()
    {
        using var space = NetworkNamespace.Create();
        await using var hub = new DeviceHub(("Mqtt:Address", "0.0.0.0"));
        using var http = hub.CreateHttpClient();
        Assert.Equal("loopback", (await HealthResponseJson.GetAsync(http, Ct)).Mqtt.GetProperty("anonymous").GetString());

        await using (var local = await TestMqttClients.ConnectAsync(hub.Port, Ct, clientId: "local-1"))
            Assert.True(local.IsConnected);
        var remote = await PublishFromAsync(space, hub.Port, "remote-1");
        Assert.True(remote.Code != 0, remote.Output);
        Assert.Contains("not authorised", remote.Output, StringComparison.OrdinalIgnoreCase);
        Assert.False(hub.Registry.TryGetDevice("remote-1", out _));

        var secret = await CredentialsLifecycleTests.PairAsync(hub, "remote-2");
        var paired = await PublishFromAsync(space, hub.Port, "remote-2", "-u", "remote-2", "-P", secret);
        Assert.True(paired.Code == 0, paired.Output);
        Assert.True(await DeviceHub.WaitUntilAsync(() => hub.Registry.TryGetDevice("remote-2", out _), Ct));
    }

    [Fact]
    public async Task AllowingEveryoneIsHeardFromAnotherAddressAndWarnedAboutAtStart()
    {
        using var space = NetworkNamespace.Create();
        await using var hub = GatewayProcess.Start("--Mqtt:Address=0.0.0.0", "--Mqtt:AllowAnonymous=true");
        using var http = new HttpClient { BaseAddress = hub.BaseAddress };
        var health = await Eventually.MatchesAsync(async () =>
        {
            try
            {
                return await HealthResponseJson.GetAsync(http, Ct);
            }
            catch (HttpRequestException)
            {
                return null;
            }
        }, h => h is not null, Ct);
        Assert.Equal("everyone", health!.Mqtt.GetProperty("anonymous").GetString());

        var remote = await PublishFromAsync(space, hub.MqttPort, "remote-1");

        Assert.True(remote.Code == 0, remote.Output);
        Assert.Contains($"Mqtt:AllowAnonymous is true: anyone who reaches 0.0.0.0:{hub.MqttPort}", hub.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithAnonymousAccessOffEvenLoopbackNeedsCredentials()
    {
        await using var hub = new DeviceHub(("Mqtt:AllowAnonymous", "false"));
        using var http = hub.CreateHttpClient();

        var refused = await Assert.ThrowsAsync<MqttClientConnectException>(() => TestMqttClients.ConnectAsync(hub.Port, Ct, clientId: "local-1"));

        Assert.Equal(MqttReasonCode.NotAuthorized, refused.ReasonCode);
        Assert.Equal("nobody", (await HealthResponseJson.GetAsync(http, Ct)).Mqtt.GetProperty("anonymous").GetString());
        // The hub's own link is not anonymous: devices paired meanwhile still work.
        var secret = await CredentialsLifecycleTests.PairAsync(hub, "lamp-7");
        await using var lamp = await TestDevice.StartAsync(hub.Port, "lamp-7", "aiot.light.ceiling1", Ct, "lamp-7", secret);
        await hub.WaitOnlineAsync("lamp-7", Ct);
    }

    /// <summary>mosquitto_pub (3.1.1) inside the namespace, announcing <paramref name="clientId"/> to the hub's host-side address.</summary>
    private static async Task<(int Code, string Output)> PublishFromAsync(NetworkNamespace space, int port, string clientId, params string[] credentials)
    {
        var (executable, arguments) = space.Inside(Requires.Executable("mosquitto_pub", "mosquitto-clients"),
        [
            "-h", space.HostAddress.ToString(), "-p", port.ToString(CultureInfo.InvariantCulture), "-V", "mqttv311", "-q", "1", "-i", clientId,
            "-t", $"aiot/{clientId}/announce", "-m", """{"model":"aiot.light.ceiling1"}""", .. credentials,
        ]);
        await using var process = ChildProcess.Start(executable, arguments);
        var code = await process.WaitForExitAsync(TimeSpan.FromSeconds(20), Ct);
        return (code, process.Describe());
    }
}
