using AiotHub.Mqtt.Client;
using AiotHub.Mqtt.Protocol;
using AiotHub.Mqtt.Tests.Infrastructure;
using AiotHub.Mqtt.Tests.Interop;

namespace AiotHub.Gateway.Tests;

/// <summary>Mqtt:Users and Mqtt:Acl as devices meet them: at CONNECT and at SUBSCRIBE.</summary>
public sealed class MqttSecurityTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task OnlyConfiguredUsersWithTheirPasswordsMayConnectWhenAnonymousAccessIsOff()
    {
        await using var hub = new GatewayFactory(("Mqtt:AllowAnonymous", "false"), ("Mqtt:Users:alice", "wonderland"));
        var port = await BrokerPortAsync(hub);

        await using (var alice = await TestMqttClients.ConnectAsync(port, Ct, clientId: "alice", userName: "alice", password: "wonderland"))
        {
            Assert.True(alice.IsConnected);
        }

        // A user is the device of that name: another client id is refused.
        var otherId = await Assert.ThrowsAsync<MqttClientConnectException>(() => TestMqttClients.ConnectAsync(port, Ct, clientId: "bob", userName: "alice", password: "wonderland"));
        Assert.Equal(MqttReasonCode.ClientIdentifierNotValid, otherId.ReasonCode);

        var wrong = await Assert.ThrowsAsync<MqttClientConnectException>(() => TestMqttClients.ConnectAsync(port, Ct, userName: "alice", password: "looking-glass"));
        Assert.Equal(MqttReasonCode.BadUserNameOrPassword, wrong.ReasonCode);
        var unknown = await Assert.ThrowsAsync<MqttClientConnectException>(() => TestMqttClients.ConnectAsync(port, Ct, userName: "mallory", password: "wonderland"));
        Assert.Equal(MqttReasonCode.BadUserNameOrPassword, unknown.ReasonCode);
        var anonymous = await Assert.ThrowsAsync<MqttClientConnectException>(() => TestMqttClients.ConnectAsync(port, Ct));
        Assert.Equal(MqttReasonCode.NotAuthorized, anonymous.ReasonCode);
    }

    [Fact]
    public async Task AclRulesFromConfigurationConfineEachDeviceToItsOwnTopics()
    {
        await using var hub = new GatewayFactory(
            ("Mqtt:Acl:0:Permission", "Allow"),
            ("Mqtt:Acl:0:Topic", "devices/%c/#"),
            ("Mqtt:DefaultAclPermission", "Deny"));
        var port = await BrokerPortAsync(hub);
        await using var plug = await TestMqttClients.ConnectAsync(port, Ct, clientId: "plug-1");

        var own = await plug.SubscribeAsync("devices/plug-1/#", MqttQualityOfService.AtLeastOnce, Ct);
        var other = await plug.SubscribeAsync("devices/lamp-2/#", MqttQualityOfService.AtLeastOnce, Ct);

        Assert.Equal(MqttReasonCode.GrantedQoS1, Assert.Single(own.ReasonCodes));
        Assert.Equal(MqttReasonCode.NotAuthorized, Assert.Single(other.ReasonCodes));
    }

    [Fact]
    public async Task MosquittoClientsAreRefusedWhatTheAclDenies()
    {
        var mosquittoPub = Requires.Executable("mosquitto_pub", "mosquitto-clients");
        var mosquittoSub = Requires.Executable("mosquitto_sub", "mosquitto-clients");
        await using var hub = new GatewayFactory(
            ("Mqtt:Acl:0:Permission", "Allow"),
            ("Mqtt:Acl:0:Topic", "devices/%c/#"),
            ("Mqtt:DefaultAclPermission", "Deny"));
        var port = (await BrokerPortAsync(hub)).ToString(System.Globalization.CultureInfo.InvariantCulture);

        async Task<(int Code, string Output)> RunAsync(string executable, params string[] arguments)
        {
            await using var process = ChildProcess.Start(executable, ["-h", "127.0.0.1", "-p", port, "-i", "plug-1", .. arguments]);
            var code = await process.WaitForExitAsync(TimeSpan.FromSeconds(20), Ct);
            return (code, process.Describe());
        }

        // 3.1.1: SUBACK 0x80 for the other device's topics; mosquitto_sub gives up.
        var subscribe = await RunAsync(mosquittoSub, "-V", "mqttv311", "-t", "devices/lamp-2/#", "-W", "10");
        Assert.Contains("All subscription requests were denied", subscribe.Output, StringComparison.Ordinal);

        // 5.0: PUBACK 0x87 Not authorized for a publish outside its own topics, success inside them.
        var denied = await RunAsync(mosquittoPub, "-V", "mqttv5", "-q", "1", "-t", "devices/lamp-2/set", "-m", "on");
        Assert.Contains("Not authorized", denied.Output, StringComparison.Ordinal);
        var allowed = await RunAsync(mosquittoPub, "-V", "mqttv5", "-q", "1", "-t", "devices/plug-1/state", "-m", "on");
        Assert.True(allowed.Code == 0 && !allowed.Output.Contains("Not authorized", StringComparison.Ordinal), allowed.Output);
    }

    private static async Task<int> BrokerPortAsync(GatewayFactory hub)
    {
        using var http = hub.CreateClient();
        var health = await HealthResponseJson.GetAsync(http, Ct);
        return System.Net.IPEndPoint.Parse(health.Mqtt.GetProperty("listening")[0].GetString()!).Port;
    }
}
