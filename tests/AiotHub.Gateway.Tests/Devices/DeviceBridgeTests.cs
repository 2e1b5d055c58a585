using System.Text;
using AiotHub.Core.Devices;
using AiotHub.Gateway.Devices;
using AiotHub.Gateway.Mqtt;
using static AiotHub.Gateway.Tests.Devices.DeviceHub;

namespace AiotHub.Gateway.Tests.Devices;

/// <summary>
/// The device bridge end to end through the real embedded broker: devices made with our MqttClient
/// announce, report and answer commands issued through the registry (issue 3, items 4–5).
/// </summary>
public sealed class DeviceBridgeTests
{
    private const string Light = "aiot.light.ceiling1";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Links), MemberType = typeof(DeviceHub))]
    public async Task AnAnnouncedDeviceReportsAndASetItAcknowledgesIsApplied(DeviceLinkKind link)
    {
        await using var hub = new DeviceHub(link);
        await using var lamp = await TestDevice.StartAsync(hub.Port, "lamp-1", Light, Ct);
        await hub.WaitOnlineAsync("lamp-1", Ct);

        await lamp.PublishAsync("properties", """{"values":{"light.on":false,"light.brightness":20},"ts":"2026-12-01T07:30:00.125Z"}""", Ct);
        Assert.True(await WaitUntilAsync(() => hub.Registry.TryGetDevice("lamp-1", out var d) && d.Properties.ContainsKey("light.brightness"), Ct));
        Assert.True(hub.Registry.TryGetDevice("lamp-1", out var reported));
        Assert.Equal(new DateTimeOffset(2026, 12, 1, 7, 30, 0, 125, TimeSpan.Zero), reported.Properties["light.brightness"].Reported!.Timestamp);

        var result = hub.Registry.SetProperties("lamp-1", Json("""{"light.on":true,"light.brightness":60}"""));
        Assert.True(result.IsAccepted, string.Join("; ", result.Errors));
        var (message, body) = await lamp.NextCommandAsync(Ct);

        Assert.Equal("aiot/lamp-1/set", message.Topic);
        Assert.Equal(result.Command.Id, body.GetProperty("id").GetString());
        Assert.Equal(60, body.GetProperty("values").GetProperty("light.brightness").GetInt32());
        Assert.Equal("aiot/lamp-1/reply", message.ResponseTopic);
        Assert.Equal(result.Command.Id, Encoding.UTF8.GetString(message.CorrelationData!));

        await lamp.ReplyAsync(result.Command.Id, 0, Ct);
        await lamp.PublishAsync("properties", """{"values":{"light.on":true,"light.brightness":60}}""", Ct);

        Assert.True(await WaitUntilAsync(() => hub.Registry.GetCommand(result.Command.Id)!.Status == CommandStatus.Applied, Ct));
        var command = hub.Registry.GetCommand(result.Command.Id)!;
        Assert.NotNull(command.Sent);
        Assert.True(command.Latency >= TimeSpan.Zero);
        Assert.True(await WaitUntilAsync(() => hub.Registry.TryGetDevice("lamp-1", out var d) && d.Properties["light.brightness"].Reported!.Value.GetInt32() == 60, Ct));
        Assert.True(hub.Registry.TryGetDevice("lamp-1", out var device));
        Assert.Equal(DeviceStatus.New, device.Status);
        Assert.Equal("1.0.0", device.Firmware);
        Assert.Equal(60, device.Properties["light.brightness"].Desired!.Value.GetInt32());
    }

    [Theory]
    [MemberData(nameof(Links), MemberType = typeof(DeviceHub))]
    public async Task ARejectingReplyKeepsTheDevicesCodeAndMessage(DeviceLinkKind link)
    {
        await using var hub = new DeviceHub(link);
        await using var lamp = await TestDevice.StartAsync(hub.Port, "lamp-1", Light, Ct);
        await hub.WaitOnlineAsync("lamp-1", Ct);

        var id = hub.Registry.SetProperties("lamp-1", Json("""{"light.brightness":90}""")).Command!.Id;
        var (_, body) = await lamp.NextCommandAsync(Ct);
        await lamp.ReplyAsync(body.GetProperty("id").GetString()!, -4002, Ct, "brightness 90 is too bright at night");

        Assert.True(await WaitUntilAsync(() => hub.Registry.GetCommand(id)!.Status != CommandStatus.Pending, Ct));
        var command = hub.Registry.GetCommand(id)!;
        Assert.Equal(CommandStatus.Rejected, command.Status);
        Assert.Equal(-4002, command.Code);
        Assert.Equal("brightness 90 is too bright at night", command.Message);
    }

    [Theory]
    [MemberData(nameof(Links), MemberType = typeof(DeviceHub))]
    public async Task ACommandTheDeviceNeverAnswersTimesOut(DeviceLinkKind link)
    {
        await using var hub = new DeviceHub(link, ("Devices:CommandTimeout", "00:00:00.300"));
        await using var lamp = await TestDevice.StartAsync(hub.Port, "lamp-1", Light, Ct);
        await hub.WaitOnlineAsync("lamp-1", Ct);

        var id = hub.Registry.CallAction("lamp-1", "light.toggle").Command!.Id;
        var (message, _) = await lamp.NextCommandAsync(Ct);

        Assert.Equal("aiot/lamp-1/call", message.Topic);
        Assert.True(await WaitUntilAsync(() => hub.Registry.GetCommand(id)!.Status != CommandStatus.Pending, Ct));
        var command = hub.Registry.GetCommand(id)!;
        Assert.Equal(CommandStatus.TimedOut, command.Status);
        // The timeout runs from when the command was accepted; latency from when it was published.
        Assert.True(command.Completed - command.Created >= TimeSpan.FromMilliseconds(290), $"timed out after {command.Completed - command.Created}");
    }

    [Theory]
    [MemberData(nameof(Links), MemberType = typeof(DeviceHub))]
    public async Task ADeviceThatVanishesMidCommandGoesOfflineByItsWillAndTheCommandWithIt(DeviceLinkKind link)
    {
        await using var hub = new DeviceHub(link);
        await using var lamp = await TestDevice.StartAsync(hub.Port, "lamp-1", Light, Ct);
        await hub.WaitOnlineAsync("lamp-1", Ct);
        var id = hub.Registry.SetProperties("lamp-1", Json("""{"light.on":true}""")).Command!.Id;
        await lamp.NextCommandAsync(Ct);

        lamp.Vanish();

        Assert.True(await WaitUntilAsync(() => hub.Registry.GetCommand(id)!.Status != CommandStatus.Pending, Ct));
        Assert.Equal(CommandStatus.Offline, hub.Registry.GetCommand(id)!.Status);
        Assert.True(hub.Registry.TryGetDevice("lamp-1", out var device));
        Assert.Equal(AvailabilityState.Offline, device.Availability.State);
        Assert.Equal("last-will", device.Availability.Reason);

        var later = hub.Registry.SetProperties("lamp-1", Json("""{"light.on":false}"""));
        Assert.Equal(CommandStatus.Offline, later.Command!.Status);
    }

    [Theory]
    [MemberData(nameof(Links), MemberType = typeof(DeviceHub))]
    public async Task MalformedMessagesAreCountedAndDoNotDisturbOtherDevices(DeviceLinkKind link)
    {
        await using var hub = new DeviceHub(link);
        await using var bad = await TestDevice.StartAsync(hub.Port, "bad-1", Light, Ct);
        await using var good = await TestDevice.StartAsync(hub.Port, "good-1", Light, Ct);
        await hub.WaitOnlineAsync("bad-1", Ct);
        await hub.WaitOnlineAsync("good-1", Ct);

        await bad.PublishAsync("properties", "not json", Ct);
        await bad.PublishAsync("properties", "[1,2,3]", Ct);
        await bad.PublishAsync("properties", """{"values":"nope"}""", Ct);
        await bad.PublishAsync("properties", [0xFF, 0xFE, 0x7B], Ct);
        await bad.PublishAsync("properties", Encoding.UTF8.GetBytes("{\"values\":{\"light.on\":\"" + new string('x', 70_000) + "\"}}"), Ct);
        await bad.PublishAsync("reply", """{"id":"c-nothing","code":0}""", Ct);
        // Not a device topic: the broker refuses it (5.0 PUBACK 0x87) before the hub could count it.
        var unknownTopic = await bad.Client.PublishAsync(new AiotHub.Mqtt.MqttApplicationMessage
        {
            Topic = "aiot/bad-1/whatever", Payload = "{}"u8.ToArray(), QualityOfService = AiotHub.Mqtt.Protocol.MqttQualityOfService.AtLeastOnce,
        }, Ct);
        Assert.Equal(AiotHub.Mqtt.Protocol.MqttReasonCode.NotAuthorized, unknownTopic.ReasonCode);
        await bad.PublishAsync("properties", """{"values":{"light.brightness":400}}""", Ct);
        await good.PublishAsync("properties", """{"values":{"light.brightness":55}}""", Ct);

        Assert.True(await WaitUntilAsync(() => hub.Registry.TryGetDevice("good-1", out var d) && d.Properties.ContainsKey("light.brightness"), Ct));
        Assert.True(await WaitUntilAsync(() => hub.Registry.TryGetDevice("bad-1", out var d) && d.Counters.InvalidValues == 1, Ct));
        Assert.True(hub.Registry.TryGetDevice("bad-1", out var badDevice));
        Assert.Equal(5, badDevice.Counters.MalformedMessages);
        Assert.Equal(1, badDevice.Counters.UnknownReplies);
        Assert.Empty(badDevice.Properties);
        Assert.True(hub.Bridge.Handler.Malformed >= 5);

        // The misbehaving device still works when it speaks properly.
        await bad.PublishAsync("properties", """{"values":{"light.on":true}}""", Ct);
        Assert.True(await WaitUntilAsync(() => hub.Registry.TryGetDevice("bad-1", out var d) && d.Properties.ContainsKey("light.on"), Ct));
    }

    [Theory]
    [MemberData(nameof(Links), MemberType = typeof(DeviceHub))]
    public async Task TheBridgeWorksUnderAnAclThatConfinesDevicesToTheirOwnTopics(DeviceLinkKind link)
    {
        await using var hub = new DeviceHub(
            link,
            ("Mqtt:AllowAnonymous", "false"),
            ("Mqtt:Users:lamp-1", "lamp-secret"),
            ("Mqtt:Acl:0:Permission", "Allow"),
            ("Mqtt:Acl:0:Topic", "aiot/%c/#"),
            ("Mqtt:Acl:1:Permission", "Deny"),
            ("Mqtt:Acl:1:Topic", "aiot/#"));
        await using var lamp = await TestDevice.StartAsync(hub.Port, "lamp-1", Light, Ct, "lamp-1", "lamp-secret");
        await hub.WaitOnlineAsync("lamp-1", Ct);

        var id = hub.Registry.SetProperties("lamp-1", Json("""{"light.on":true}""")).Command!.Id;
        var (_, body) = await lamp.NextCommandAsync(Ct);
        await lamp.ReplyAsync(body.GetProperty("id").GetString()!, 0, Ct);

        Assert.True(await WaitUntilAsync(() => hub.Registry.GetCommand(id)!.Status == CommandStatus.Applied, Ct));
        await Assert.ThrowsAnyAsync<Exception>(() =>
            TestDevice.StartAsync(hub.Port, "impostor", Light, Ct, HubClientCredentials.ReservedUserName, "guess", announce: false));
        await Assert.ThrowsAnyAsync<Exception>(() =>
            TestDevice.StartAsync(hub.Port, HubClientCredentials.ReservedClientId, Light, Ct, "lamp-1", "lamp-secret", announce: false));
    }

    [Theory]
    [MemberData(nameof(Links), MemberType = typeof(DeviceHub))]
    public async Task HealthzShowsTheBridgeAndTheDevices(DeviceLinkKind link)
    {
        await using var hub = new DeviceHub(link);
        await using var lamp = await TestDevice.StartAsync(hub.Port, "lamp-1", Light, Ct);
        await using var odd = await TestDevice.StartAsync(hub.Port, "odd-1", "acme.thing.x1", Ct);
        await hub.WaitOnlineAsync("lamp-1", Ct);
        await hub.WaitOnlineAsync("odd-1", Ct);
        using var http = hub.CreateHttpClient();

        var health = await HealthResponseJson.GetAsync(http, Ct);

        var devices = health.Body.GetProperty("devices");
        Assert.True(devices.GetProperty("bridgeConnected").GetBoolean());
        Assert.Equal(2, devices.GetProperty("known").GetInt32());
        Assert.Equal(2, devices.GetProperty("online").GetInt32());
        Assert.Equal(1, devices.GetProperty("pending").GetInt32());
        Assert.Equal(0, devices.GetProperty("malformedMessages").GetInt64());
    }

    [Fact]
    public async Task WithTheInProcessLinkADevicesReportIsInTheTwinWhenItsPubAckArrives()
    {
        await using var hub = new DeviceHub(DeviceLinkKind.InProcess);
        await using var lamp = await TestDevice.StartAsync(hub.Port, "lamp-1", Light, Ct);
        await hub.WaitOnlineAsync("lamp-1", Ct);
        Assert.True(hub.Bridge.IsConnected);

        for (var brightness = 1; brightness <= 20; brightness++)
        {
            // QoS 1: PublishAsync returns on PUBACK, which the broker sends only once the bridge has taken the report.
            await lamp.PublishAsync("properties", $$$"""{"values":{"light.brightness":{{{brightness}}}}}""", Ct);
            Assert.True(hub.Registry.TryGetDevice("lamp-1", out var device));
            Assert.Equal(brightness, device.Properties["light.brightness"].Reported!.Value.GetInt32());
        }
    }
}
