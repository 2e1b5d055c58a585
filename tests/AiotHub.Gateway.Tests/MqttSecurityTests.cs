using AiotHub.Mqtt.Client;
using AiotHub.Mqtt.Protocol;

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

        await using (var alice = await TestMqttClients.ConnectAsync(port, Ct, userName: "alice", password: "wonderland"))
        {
            Assert.True(alice.IsConnected);
        }

        var wrong = await Assert.ThrowsAsync<MqttClientConnectException>(() => TestMqttClients.ConnectAsync(port, Ct, userName: "alice", password: "looking-glass"));
        Assert.Equal(MqttReasonCode.BadUserNameOrPassword, wrong.ReasonCode);
        var unknown = await Assert.ThrowsAsync<MqttClientConnectException>(() => TestMqttClients.ConnectAsync(port, Ct, userName: "mallory", password: "wonderland"));
        Assert.Equal(MqttReasonCode.BadUserNameOrPassword, unknown.ReasonCode);
        var anonymous = await Assert.ThrowsAsync<MqttClientConnectException>(() => TestMqttClients.ConnectAsync(port, Ct));
        Assert.NotEqual(MqttReasonCode.Success, anonymous.ReasonCode);
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

    private static async Task<int> BrokerPortAsync(GatewayFactory hub)
    {
        using var http = hub.CreateClient();
        var health = await HealthResponseJson.GetAsync(http, Ct);
        return System.Net.IPEndPoint.Parse(health.Mqtt.GetProperty("listening")[0].GetString()!).Port;
    }
}
