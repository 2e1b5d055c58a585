using AiotHub.Core.Profiles;
using AiotHub.Simulators.Fleet;

namespace AiotHub.Simulators.Tests;

/// <summary>
/// Simulated devices over real MQTT (the embedded broker in-process), checked against
/// docs/mqtt-protocol.md by a test client acting as the hub.
/// </summary>
public sealed class ProtocolConformanceTests : IAsyncLifetime
{
    private const string Light = "sim-ceiling1-1";
    private const string Sensor = "sim-th1-1";
    private const string Lock = "sim-l1-1";
    private HubProbe _hub = null!;
    private SimulatorFleet _fleet = null!;

    public async ValueTask InitializeAsync()
    {
        _hub = await HubProbe.StartAsync();
        var lockProfile = DeviceProfileParser.Parse("""
            { "model": "acme.lock.l1", "type": "lock", "version": 1, "manufacturer": { "name": "Acme" },
              "services": [ { "iid": 1, "name": "lock",
                "properties": [ { "iid": 1, "name": "locked", "format": "bool", "access": ["read", "notify"] } ],
                "actions": [ { "iid": 1, "name": "unlock", "out": [ { "name": "attempts-left", "format": "uint8", "value-range": [0, 5, 1] } ] } ] } ] }
            """).Profile!;
        var options = new FleetOptions { Port = _hub.Port, TickInterval = TimeSpan.FromMilliseconds(20) };
        options.Device.Rate = 0;
        options.Device.Latency = TimeSpan.FromMilliseconds(50);
        _fleet = SimulatorFleet.Create(options, [TestProfiles.Load("aiot.light.ceiling1"), TestProfiles.Load("aiot.sensor.th1"), lockProfile], 3);
        Assert.Equal(3, await _fleet.StartAsync(TestContext.Current.CancellationToken));
    }

    public async ValueTask DisposeAsync()
    {
        await _fleet.DisposeAsync();
        await _hub.DisposeAsync();
    }

    [Fact]
    public async Task AnnounceAndOnlineAreRetainedForAHubThatSubscribesLater()
    {
        await _hub.ListenAsync();
        var announce = await _hub.WaitForAsync(Light, "announce");
        Assert.True(announce.Retain);
        Assert.Equal("aiot.light.ceiling1", announce.Json.GetProperty("model").GetString());
        var online = await _hub.WaitForAsync(Light, "availability");
        Assert.True(online.Retain);
        Assert.Equal("online", online.Json.GetProperty("state").GetString());
    }

    [Fact]
    public async Task AnAbruptDisconnectPublishesTheLastWillAndTheDeviceComesBackAndAnnouncesAgain()
    {
        await _hub.ListenAsync();
        await _hub.WaitForAsync(Light, "availability", j => j.GetProperty("state").GetString() == "online");
        _fleet.Find(Light)!.GoOffline(TimeSpan.FromSeconds(1));

        var will = await _hub.WaitForAsync(Light, "availability", j => j.GetProperty("state").GetString() == "offline");
        Assert.Equal("last-will", will.Json.GetProperty("reason").GetString());
        var announcesBefore = _hub.On(Light, "announce").Count();
        await _hub.WaitForAsync(Light, "availability", j => j.GetProperty("state").GetString() == "online", skip: 2);
        await HubProbe.Eventually(() => _hub.On(Light, "announce").Count() > announcesBefore, "a second announce");
    }

    [Fact]
    public async Task SetIsRepliedZeroThenTheNewValueIsReported()
    {
        await _hub.ListenAsync();
        await _hub.WaitForAsync(Light, "availability");
        await _hub.SendAsync(Light, "set", """{"id":"c-1","values":{"light.on":true,"light.brightness":60}}""");

        var reply = await _hub.WaitForReplyAsync(Light, "c-1");
        Assert.Equal(0, reply.Json.GetProperty("code").GetInt32());
        var report = await _hub.WaitForAsync(Light, "properties", j => j.GetProperty("values").TryGetProperty("light.brightness", out var b) && b.GetInt32() == 60);
        Assert.True(report.Json.GetProperty("values").GetProperty("light.on").GetBoolean());
        var order = _hub.Received.ToList();
        Assert.True(order.IndexOf(reply) < order.IndexOf(report), "the reply comes before the report");
    }

    [Fact]
    public async Task InvalidCommandsAreRejectedWithTheSpecsCodesAndNothingChanges()
    {
        await _hub.ListenAsync();
        await _hub.WaitForAsync(Sensor, "availability");
        var reportsBefore = _hub.On(Light, "properties").Count();
        await _hub.SendAsync(Light, "set", """{"id":"bad-value","values":{"light.brightness":120}}""");
        await _hub.SendAsync(Sensor, "set", """{"id":"read-only","values":{"environment.temperature":30}}""");
        await _hub.SendAsync(Light, "set", """{"id":"unknown","values":{"light.strobe":true}}""");
        await _hub.SendAsync(Light, "call", """{"id":"unknown-action","action":"light.dance"}""");

        Assert.Equal(-4002, (await _hub.WaitForReplyAsync(Light, "bad-value")).Json.GetProperty("code").GetInt32());
        Assert.Equal(-4003, (await _hub.WaitForReplyAsync(Sensor, "read-only")).Json.GetProperty("code").GetInt32());
        Assert.Equal(-4001, (await _hub.WaitForReplyAsync(Light, "unknown")).Json.GetProperty("code").GetInt32());
        Assert.Equal(-4001, (await _hub.WaitForReplyAsync(Light, "unknown-action")).Json.GetProperty("code").GetInt32());
        Assert.Equal(reportsBefore, _hub.On(Light, "properties").Count());
        Assert.NotEqual(120, _fleet.Find(Light)!.State.GetNumber("light.brightness"));
    }

    [Fact]
    public async Task GetReportsTheValuesThenReplies()
    {
        await _hub.ListenAsync();
        await _hub.WaitForAsync(Light, "availability");
        var before = _hub.On(Light, "properties").Count();
        await _hub.SendAsync(Light, "get", """{"id":"g-1","properties":["light.on"]}""");
        var reply = await _hub.WaitForReplyAsync(Light, "g-1");
        Assert.Equal(0, reply.Json.GetProperty("code").GetInt32());
        var report = Assert.Single(_hub.On(Light, "properties").Skip(before));
        Assert.Equal(["light.on"], report.Json.GetProperty("values").EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task AnActionCallIsRepliedWithItsOutArguments()
    {
        await _hub.ListenAsync();
        await _hub.WaitForAsync(Lock, "availability");
        await _hub.SendAsync(Lock, "call", """{"id":"u-1","action":"lock.unlock"}""");
        var reply = (await _hub.WaitForReplyAsync(Lock, "u-1")).Json;
        Assert.Equal(0, reply.GetProperty("code").GetInt32());
        Assert.Equal(0, reply.GetProperty("out").GetProperty("attempts-left").GetInt32());
    }

    [Fact]
    public async Task DroppedAndDelayedAcksAndMalformedPayloadsAreVisibleToTheHub()
    {
        await _hub.ListenAsync();
        await _hub.WaitForAsync(Light, "availability");
        var light = _fleet.Find(Light)!;
        light.Apply(d => d.Faults.DropAckProbability = 1);
        await _hub.SendAsync(Light, "set", """{"id":"dropped","values":{"light.brightness":33}}""");
        await _hub.WaitForAsync(Light, "properties", j => j.GetProperty("values").TryGetProperty("light.brightness", out var b) && b.GetInt32() == 33);

        light.Apply(d =>
        {
            d.Faults.DropAckProbability = 0;
            d.Faults.AckDelay = TimeSpan.FromSeconds(1);
        });
        var sent = DateTime.UtcNow;
        await _hub.SendAsync(Light, "set", """{"id":"delayed","values":{"light.brightness":34}}""");
        await _hub.WaitForReplyAsync(Light, "delayed");
        Assert.True(DateTime.UtcNow - sent >= TimeSpan.FromSeconds(1));
        Assert.DoesNotContain(_hub.On(Light, "reply"), m => m.Json.GetProperty("id").GetString() == "dropped");

        light.Faults.SendMalformedOnce();
        await HubProbe.Eventually(() => _hub.On(Light, "properties").Any(m => !m.TryJson(out var j) || j.ValueKind != System.Text.Json.JsonValueKind.Object || !j.TryGetProperty("values", out _)),
            "a malformed properties payload");
    }

    [Fact]
    public async Task OverMqtt5TheReplyCarriesTheCommandIdAsCorrelationData()
    {
        var options = new FleetOptions { Port = _hub.Port, TickInterval = TimeSpan.FromMilliseconds(20), ProtocolVersion = AiotHub.Mqtt.Protocol.MqttProtocolVersion.V500 };
        options.Device.Rate = 0;
        await using var fleet = SimulatorFleet.Create(options, [TestProfiles.Load("aiot.plug.meter1")], 1);
        Assert.Equal(1, await fleet.StartAsync(TestContext.Current.CancellationToken));
        await _hub.ListenAsync();
        await _hub.SendAsync("sim-meter1-1", "call", """{"id":"c-5","action":"switch.toggle"}""");
        var reply = await _hub.WaitForReplyAsync("sim-meter1-1", "c-5");
        Assert.Equal("c-5"u8.ToArray(), reply.CorrelationData);
        // A 3.1.1 device has no Correlation Data to send: the JSON id alone correlates.
        await _hub.SendAsync(Light, "call", """{"id":"c-6","action":"light.toggle"}""");
        Assert.Null((await _hub.WaitForReplyAsync(Light, "c-6")).CorrelationData);
    }

    [Fact]
    public async Task StoppingTheFleetSaysOfflineForShutdownAndSendsNoWill()
    {
        await _hub.ListenAsync();
        await _hub.WaitForAsync(Light, "availability");
        await _fleet.DisposeAsync();
        var offline = await _hub.WaitForAsync(Light, "availability", j => j.GetProperty("state").GetString() == "offline");
        Assert.Equal("shutdown", offline.Json.GetProperty("reason").GetString());
        await Task.Delay(300, TestContext.Current.CancellationToken);
        Assert.DoesNotContain(_hub.On(Light, "availability"), m => m.Json.TryGetProperty("reason", out var r) && r.GetString() == "last-will");
    }
}
