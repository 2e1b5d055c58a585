using System.Text;
using AiotHub.Core.Devices;
using AiotHub.Gateway.Tests.Devices;
using AiotHub.Mqtt;
using AiotHub.Mqtt.Client;
using AiotHub.Mqtt.Packets;
using AiotHub.Mqtt.Protocol;

namespace AiotHub.Gateway.Tests.Identity;

/// <summary>
/// docs/security.md's identity-bound device topics against the real hub: each attempt on another device is refused
/// with its reason code, and the other device's model, availability, twin and commands are as they were.
/// </summary>
public sealed class DeviceTopicRulesTests
{
    private const string Light = "aiot.light.ceiling1";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ADeviceCannotSpeakForAnotherDeviceAndNothingOfTheOtherChanges()
    {
        await using var hub = new DeviceHub();
        await using var lamp = await TestDevice.StartAsync(hub.Port, "lamp-1", Light, Ct);
        await using var intruder = await TestDevice.StartAsync(hub.Port, "tv-9", "aiot.tv.box1", Ct);
        await hub.WaitOnlineAsync("lamp-1", Ct);
        await lamp.PublishAsync("properties", """{"values":{"light.on":false}}""", Ct);
        Assert.True(await DeviceHub.WaitUntilAsync(() => hub.Registry.TryGetDevice("lamp-1", out var d) && d.Properties.ContainsKey("light.on"), Ct));
        hub.Registry.TryGetDevice("lamp-1", out var before);

        foreach (var (suffix, payload, retain) in new[]
        {
            ("announce", """{"model":"aiot.plug.p1"}""", true),
            ("availability", """{"state":"offline","reason":"fake"}""", true),
            ("properties", """{"values":{"light.on":true}}""", false),
            ("events/light.toggled", """{"args":{}}""", false),
            ("reply", """{"id":"c-1","code":0}""", false),
            ("set", """{"id":"c-2","values":{"light.on":true}}""", false),
        })
        {
            var result = await PublishAsync(intruder.Client, $"aiot/lamp-1/{suffix}", payload, retain);
            Assert.Equal(MqttReasonCode.NotAuthorized, result.ReasonCode);
        }

        // Its own reports still pass, and after them nothing of lamp-1 has moved.
        Assert.Equal(MqttReasonCode.Success, (await PublishAsync(intruder.Client, "aiot/tv-9/availability", """{"state":"online"}""", true)).ReasonCode);
        await Task.Delay(300, Ct);
        Assert.True(hub.Registry.TryGetDevice("lamp-1", out var after));
        Assert.Equal(before!.Model, after.Model);
        Assert.Equal(AvailabilityState.Online, after.Availability.State);
        Assert.Equal(before.Properties["light.on"].Reported!.Value.GetBoolean(), after.Properties["light.on"].Reported!.Value.GetBoolean());
        Assert.Equal(before.Version, after.Version);
    }

    [Fact]
    public async Task OnlyTheHubCommandsADeviceAndAForgedReplyDoesNotFinishTheCommand()
    {
        await using var hub = new DeviceHub();
        await using var lamp = await TestDevice.StartAsync(hub.Port, "lamp-1", Light, Ct);
        await using var other = await TestDevice.StartAsync(hub.Port, "lamp-2", Light, Ct);
        await hub.WaitOnlineAsync("lamp-1", Ct);

        // Not even a device's own set: only the hub's link publishes set, call and get.
        Assert.Equal(MqttReasonCode.NotAuthorized, (await PublishAsync(lamp.Client, "aiot/lamp-1/set", """{"id":"x","values":{"light.on":true}}""")).ReasonCode);
        var id = hub.Registry.SetProperties("lamp-1", DeviceHub.Json("""{"light.on":true}""")).Command!.Id;
        var (_, body) = await lamp.NextCommandAsync(Ct);
        Assert.Equal(id, body.GetProperty("id").GetString());

        // lamp-2 answers lamp-1's command on lamp-1's reply topic: refused; on its own: not its command.
        Assert.Equal(MqttReasonCode.NotAuthorized, (await PublishAsync(other.Client, "aiot/lamp-1/reply", $$"""{"id":"{{id}}","code":-4002}""")).ReasonCode);
        await other.ReplyAsync(id, -4002, Ct);
        await Task.Delay(300, Ct);
        Assert.Equal(CommandStatus.Pending, hub.Registry.GetCommand(id)!.Status);

        await lamp.ReplyAsync(id, 0, Ct);
        Assert.True(await DeviceHub.WaitUntilAsync(() => hub.Registry.GetCommand(id)!.Status == CommandStatus.Applied, Ct));
    }

    [Fact]
    public async Task ADeviceSubscribedToEverythingReceivesOnlyItsOwnTopics()
    {
        await using var hub = new DeviceHub();
        await using var lamp = await TestDevice.StartAsync(hub.Port, "lamp-1", Light, Ct);
        await using var spy = await TestMqttClients.ConnectAsync(hub.Port, Ct, clientId: "spy-1");
        var received = new List<string>();
        spy.MessageReceived = message =>
        {
            lock (received)
                received.Add(message.Topic);
            return ValueTask.CompletedTask;
        };
        await hub.WaitOnlineAsync("lamp-1", Ct);

        var other = await spy.SubscribeAsync("aiot/lamp-1/#", MqttQualityOfService.AtLeastOnce, Ct);
        var everything = await spy.SubscribeAsync("#", MqttQualityOfService.AtLeastOnce, Ct);
        var wildcardDevice = await spy.SubscribeAsync("aiot/+/set", MqttQualityOfService.AtLeastOnce, Ct);
        Assert.Equal(MqttReasonCode.NotAuthorized, Assert.Single(other.ReasonCodes));
        Assert.Equal(MqttReasonCode.GrantedQoS1, Assert.Single(everything.ReasonCodes));
        Assert.Equal(MqttReasonCode.NotAuthorized, Assert.Single(wildcardDevice.ReasonCodes));

        var id = hub.Registry.SetProperties("lamp-1", DeviceHub.Json("""{"light.on":true}""")).Command!.Id;
        await lamp.NextCommandAsync(Ct);
        await lamp.ReplyAsync(id, 0, Ct);
        await PublishAsync(spy, "aiot/spy-1/availability", """{"state":"online"}""");
        await PublishAsync(spy, "elsewhere/news", "{}");
        Assert.True(await DeviceHub.WaitUntilAsync(() => { lock (received) return received.Contains("elsewhere/news"); }, Ct));

        lock (received)
        {
            // Its own topic and what the (empty) ACL allows outside the root; nothing of lamp-1, live or retained.
            Assert.Contains("aiot/spy-1/availability", received);
            Assert.DoesNotContain(received, t => t.StartsWith("aiot/lamp-1/", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task AWillOnAnotherDevicesTopicIsRefusedAtConnect()
    {
        await using var hub = new DeviceHub();
        await using var client = new MqttClient(new MqttClientOptions
        {
            Port = hub.Port, ClientId = "tv-9", ProtocolVersion = MqttProtocolVersion.V500,
            Will = new MqttWillMessage { Topic = "aiot/lamp-1/availability", Payload = """{"state":"offline"}"""u8.ToArray(), Retain = true },
        });

        var refused = await Assert.ThrowsAsync<MqttClientConnectException>(() => client.ConnectAsync(Ct));

        Assert.Equal(MqttReasonCode.NotAuthorized, refused.ReasonCode);
    }

    [Theory]
    [InlineData("$pair")]
    [InlineData("aiothub-device-bridge")]
    public async Task ReservedIdentitiesCannotBeClaimedWithoutTheirSecrets(string clientId)
    {
        await using var hub = new DeviceHub();

        var anonymous = await Assert.ThrowsAsync<MqttClientConnectException>(() => TestMqttClients.ConnectAsync(hub.Port, Ct, clientId: clientId));
        var withUser = await Assert.ThrowsAsync<MqttClientConnectException>(() => TestMqttClients.ConnectAsync(hub.Port, Ct, clientId: "x", userName: "$aiothub", password: "guess"));

        Assert.NotEqual(MqttReasonCode.Success, anonymous.ReasonCode);
        Assert.Equal(MqttReasonCode.NotAuthorized, withUser.ReasonCode);
    }

    internal static Task<MqttClientPublishResult> PublishAsync(MqttClient client, string topic, string payload, bool retain = false) =>
        client.PublishAsync(new MqttApplicationMessage
        {
            Topic = topic,
            Payload = Encoding.UTF8.GetBytes(payload),
            QualityOfService = MqttQualityOfService.AtLeastOnce,
            Retain = retain,
        }, Ct);
}
