using System.Text.Json;
using AiotHub.Core.Profiles;
using AiotHub.Simulators.Devices;

namespace AiotHub.Simulators.Tests;

/// <summary>set / call / get against one device without a broker: codes, latency, order and that nothing invalid is applied.</summary>
public sealed class CommandTests
{
    private const string ProfileWithOutArguments = """
        { "model": "acme.lock.l1", "type": "lock", "version": 1, "manufacturer": { "name": "Acme" },
          "services": [ { "iid": 1, "name": "lock",
            "properties": [ { "iid": 1, "name": "locked", "format": "bool", "access": ["read", "notify"] } ],
            "actions": [ { "iid": 1, "name": "unlock", "in": [ { "name": "code", "format": "uint16", "value-range": [0, 9999, 1] } ],
                           "out": [ { "name": "attempts-left", "format": "uint8", "value-range": [0, 5, 1] }, { "name": "result", "format": "string" } ] } ] } ] }
        """;

    [Fact]
    public void AValidSetIsAppliedAfterTheLatencyThenRepliedZeroThenReported()
    {
        var harness = new DeviceHarness("aiot.light.ceiling1");
        harness.Command("set", """{"id":"c-1","values":{"light.on":true,"light.brightness":60}}""");
        harness.Run(TimeSpan.FromMilliseconds(50), TimeSpan.FromMilliseconds(50));
        Assert.Empty(harness.Messages);
        Assert.False(harness.Device.State.GetBool("light.on"));

        harness.Run(TimeSpan.FromMilliseconds(50), TimeSpan.FromMilliseconds(50));
        Assert.Equal(["reply", "properties"], harness.Messages.Select(m => m.Subtopic));
        var reply = harness.SingleReply();
        Assert.Equal("c-1", reply.GetProperty("id").GetString());
        Assert.Equal(0, reply.GetProperty("code").GetInt32());
        var values = harness.Payloads("properties").Single().GetProperty("values");
        Assert.True(values.GetProperty("light.on").GetBoolean());
        Assert.Equal(60, values.GetProperty("light.brightness").GetInt32());
        Assert.Equal(AiotHub.Mqtt.Protocol.MqttQualityOfService.AtLeastOnce, harness.Messages[0].QualityOfService);
    }

    [Fact]
    public void CompactSiidPiidNamesAreAccepted()
    {
        var harness = new DeviceHarness("aiot.light.ceiling1");
        harness.Command("set", """{"id":"c","values":{"1.2":42}}""");
        harness.Run(TimeSpan.FromMilliseconds(200), TimeSpan.FromMilliseconds(100));
        Assert.Equal(0, harness.SingleReply().GetProperty("code").GetInt32());
        Assert.Equal(42, harness.Device.State.GetNumber("light.brightness"));
    }

    [Theory]
    [InlineData("""{"light.brightness":120}""", -4002, "100")]
    [InlineData("""{"light.brightness":"high"}""", -4002, "string")]
    [InlineData("""{"light.mode":7}""", -4002, "value-list")]
    [InlineData("""{"light.on":true,"light.brightness":0}""", -4002, "brightness")]
    [InlineData("""{"light.flicker":true}""", -4001, "light.flicker")]
    [InlineData("""{}""", -4002, "empty")]
    public void AnInvalidSetIsRejectedWithTheSpecsCodeAndChangesNothing(string values, int code, string mentioned)
    {
        var harness = new DeviceHarness("aiot.light.ceiling1");
        var before = harness.Device.State.All.Select(p => p.Value).ToList();
        harness.Command("set", $$"""{"id":"bad","values":{{values}}}""");
        harness.Run(TimeSpan.FromSeconds(1), TimeSpan.FromMilliseconds(100));

        var reply = harness.SingleReply();
        Assert.Equal(code, reply.GetProperty("code").GetInt32());
        Assert.Contains(mentioned, reply.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Empty(harness.Payloads("properties"));
        Assert.Equal(before, harness.Device.State.All.Select(p => p.Value));
    }

    [Fact]
    public void SettingAReadOnlyPropertyIsRejectedAsNotWritable()
    {
        var harness = new DeviceHarness("aiot.sensor.th1");
        var before = harness.Device.State.GetNumber("environment.temperature");
        harness.Command("set", """{"id":"ro","values":{"environment.temperature":25}}""");
        harness.Run(TimeSpan.FromSeconds(1), TimeSpan.FromMilliseconds(100));
        Assert.Equal(-4003, harness.SingleReply().GetProperty("code").GetInt32());
        Assert.Equal(before, harness.Device.State.GetNumber("environment.temperature"));
    }

    [Theory]
    [InlineData("""{"id":"a","action":"light.explode"}""", -4001)]
    [InlineData("""{"id":"a","action":"9.1"}""", -4001)]
    [InlineData("""{"id":"a"}""", -4001)]
    [InlineData("""{"id":"a","action":"light.toggle","in":{"force":true}}""", -4002)]
    public void AnInvalidCallIsRejected(string command, int code)
    {
        var harness = new DeviceHarness("aiot.light.ceiling1");
        var on = harness.Device.State.GetBool("light.on");
        harness.Command("call", command);
        harness.Run(TimeSpan.FromSeconds(1), TimeSpan.FromMilliseconds(100));
        Assert.Equal(code, harness.SingleReply().GetProperty("code").GetInt32());
        Assert.Equal(on, harness.Device.State.GetBool("light.on"));
    }

    [Fact]
    public void AMissingRequiredInArgumentIsAnInvalidArgument()
    {
        var harness = new DeviceHarness("aiot.speaker.s1");
        harness.Command("call", """{"id":"t","action":"intelligent-speaker.play-text","in":{}}""");
        harness.Run(TimeSpan.FromSeconds(1), TimeSpan.FromMilliseconds(100));
        var reply = harness.SingleReply();
        Assert.Equal(-4002, reply.GetProperty("code").GetInt32());
        Assert.Contains("text", reply.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void AnActionIsAcknowledgedWithItsOutArgumentsDefaulted()
    {
        var profile = DeviceProfileParser.Parse(ProfileWithOutArguments).Profile!;
        var clock = new ManualClock();
        var device = new SimulatedDevice("lock-1", profile, new SimulatedDeviceOptions { Latency = TimeSpan.Zero }, clock);
        var messages = new List<DeviceMessage>();
        device.Attach(messages.Add);
        device.HandleCommand("call", """{"id":"u","action":"1.1","in":{"code":1234}}"""u8);

        var reply = JsonDocument.Parse(messages.Single(m => m.Subtopic == "reply").Payload).RootElement;
        Assert.Equal(0, reply.GetProperty("code").GetInt32());
        var output = reply.GetProperty("out");
        Assert.Equal(0, output.GetProperty("attempts-left").GetInt32());
        Assert.Equal(string.Empty, output.GetProperty("result").GetString());
        Assert.Empty(ProfileValueValidator.ValidateArguments(profile.Services[0].Actions[0].Out, output));
    }

    [Fact]
    public void GetPublishesTheRequestedValuesThenReplies()
    {
        var harness = new DeviceHarness("aiot.light.ceiling1");
        harness.Command("get", """{"id":"g","properties":["light.brightness","1.1"]}""");
        harness.Run(TimeSpan.FromMilliseconds(200), TimeSpan.FromMilliseconds(100));
        Assert.Equal(["properties", "reply"], harness.Messages.Select(m => m.Subtopic));
        var values = harness.Payloads("properties").Single().GetProperty("values");
        Assert.Equal(["light.brightness", "light.on"], values.EnumerateObject().Select(p => p.Name).Order());
        Assert.Equal(0, harness.SingleReply().GetProperty("code").GetInt32());
    }

    [Fact]
    public void GetWithAnEmptyListReportsEveryReadableProperty()
    {
        var harness = new DeviceHarness("aiot.plug.meter1");
        harness.Command("get", """{"id":"g","properties":[]}""");
        harness.Run(TimeSpan.FromMilliseconds(200), TimeSpan.FromMilliseconds(100));
        var values = harness.Payloads("properties").Single().GetProperty("values");
        Assert.Equal(harness.Device.State.All.Count, values.EnumerateObject().Count());
    }

    [Fact]
    public void GetOfAnUnknownPropertyIsRejected()
    {
        var harness = new DeviceHarness("aiot.light.ceiling1");
        harness.Command("get", """{"id":"g","properties":["light.nothing"]}""");
        harness.Run(TimeSpan.FromMilliseconds(200), TimeSpan.FromMilliseconds(100));
        Assert.Equal(-4001, harness.SingleReply().GetProperty("code").GetInt32());
        Assert.Empty(harness.Payloads("properties"));
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[1,2]")]
    [InlineData("""{"values":{"light.on":true}}""")]
    [InlineData("""{"id":17,"values":{"light.on":true}}""")]
    public void ACommandThatCannotBeCorrelatedIsCountedAndIgnored(string payload)
    {
        var harness = new DeviceHarness("aiot.light.ceiling1");
        harness.Command("set", payload);
        harness.Run(TimeSpan.FromSeconds(1), TimeSpan.FromMilliseconds(100));
        Assert.Empty(harness.Messages);
        Assert.Equal(1, harness.Device.RejectedPayloads);
        Assert.False(harness.Device.State.GetBool("light.on"));
    }

    [Fact]
    public void AfterConnectingTheDeviceAnnouncesRetainedThenOnlineThenEverything()
    {
        var harness = new DeviceHarness("aiot.light.ceiling1", o => o.Name = "Ceiling light");
        harness.Device.OnConnected();
        Assert.Equal(["announce", "availability", "properties"], harness.Messages.Select(m => m.Subtopic));
        Assert.True(harness.Messages[0].Retain);
        Assert.True(harness.Messages[1].Retain);
        var announce = harness.Payloads("announce").Single();
        Assert.Equal("aiot.light.ceiling1", announce.GetProperty("model").GetString());
        Assert.Equal("Ceiling light", announce.GetProperty("name").GetString());
        Assert.Equal("online", harness.Payloads("availability").Single().GetProperty("state").GetString());
        Assert.Equal(4, harness.Payloads("properties").Single().GetProperty("values").EnumerateObject().Count());
    }
}
