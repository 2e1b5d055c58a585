using System.Text.Json;
using AiotHub.Mqtt.Protocol;

namespace AiotHub.Mqtt.Tests.Interop;

/// <summary>Our broker serving Eclipse paho-mqtt for Python (Interop/Paho/*.py), in MQTT 3.1.1 and 5.0.</summary>
public sealed class PahoInteropTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(MqttProtocolVersion.V311)]
    [InlineData(MqttProtocolVersion.V500)]
    public async Task EveryQosLevelDeliversEachMessageExactlyOnceInOrder(MqttProtocolVersion version)
    {
        await using var broker = await InteropBroker.StartAsync(Ct);

        var result = await PahoPeer.RunAsync("roundtrip", broker, version, Ct);

        string[] expected = [.. Enumerable.Range(0, 10).Select(i => $"m{i}")];
        foreach (var qos in new[] { 0, 1, 2 })
        {
            var level = result.GetProperty(qos.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal([qos], level.GetProperty("granted").EnumerateArray().Select(g => g.GetInt32()));
            Assert.Equal(expected, level.GetProperty("payloads").EnumerateArray().Select(p => p.GetString()));
            Assert.Equal([qos], level.GetProperty("qos").EnumerateArray().Select(q => q.GetInt32()));
        }
    }

    [Theory]
    [InlineData(MqttProtocolVersion.V311)]
    [InlineData(MqttProtocolVersion.V500)]
    public async Task RetainedMessageReachesALaterSubscriberUntilAnEmptyRetainedPublishClearsIt(MqttProtocolVersion version)
    {
        await using var broker = await InteropBroker.StartAsync(Ct);

        var result = await PahoPeer.RunAsync("retained", broker, version, Ct);

        var late = Assert.Single(result.GetProperty("late").EnumerateArray());
        Assert.Equal(("on", true), (late.GetProperty("payload").GetString(), late.GetProperty("retain").GetBoolean()));
        var afterClear = Assert.Single(result.GetProperty("after_clear").EnumerateArray());
        Assert.Equal(("live", false), (afterClear.GetProperty("payload").GetString(), afterClear.GetProperty("retain").GetBoolean()));
    }

    [Theory]
    [InlineData(MqttProtocolVersion.V311)]
    [InlineData(MqttProtocolVersion.V500)]
    public async Task WillIsPublishedForAVanishedClientButNotForOneThatDisconnected(MqttProtocolVersion version)
    {
        await using var broker = await InteropBroker.StartAsync(Ct);

        var result = await PahoPeer.RunAsync("will", broker, version, Ct);

        var will = Assert.Single(result.GetProperty("received").EnumerateArray());
        Assert.Equal(("paho/devices/plug/status", "offline"), (will.GetProperty("topic").GetString(), will.GetProperty("payload").GetString()));
    }

    [Theory]
    [InlineData(MqttProtocolVersion.V311)]
    [InlineData(MqttProtocolVersion.V500)]
    public async Task PersistentSessionIsResumedWithTheMessagesPublishedWhileAway(MqttProtocolVersion version)
    {
        await using var broker = await InteropBroker.StartAsync(Ct);

        var result = await PahoPeer.RunAsync("persistent_session", broker, version, Ct);

        Assert.True(result.GetProperty("session_present").GetBoolean());
        Assert.Equal(["21.5", "19", "18"], result.GetProperty("received").Payloads());
        Assert.Equal([1, 2, 2], result.GetProperty("received").EnumerateArray().Select(m => m.GetProperty("qos").GetInt32()));
    }

    [Fact]
    public async Task AnExpiredMqtt5SessionIsGoneWithWhatWasPublishedForIt()
    {
        await using var broker = await InteropBroker.StartAsync(Ct);

        var result = await PahoPeer.RunAsync("session_expiry", broker, MqttProtocolVersion.V500, Ct);

        Assert.False(result.GetProperty("session_present").GetBoolean());
        Assert.Empty(result.GetProperty("received").EnumerateArray());
    }

    [Fact]
    public async Task SharedSubscriptionGivesEachMessageToExactlyOneMemberWithItsUserProperties()
    {
        await using var broker = await InteropBroker.StartAsync(Ct);

        var result = await PahoPeer.RunAsync("shared_subscription", broker, MqttProtocolVersion.V500, Ct);

        var delivered = result.GetProperty("a").Payloads().Concat(result.GetProperty("b").Payloads()).Order(StringComparer.Ordinal);
        Assert.Equal(Enumerable.Range(0, 20).Select(i => $"job-{i}").Order(StringComparer.Ordinal), delivered);
        Assert.All(
            result.GetProperty("a").EnumerateArray().Concat(result.GetProperty("b").EnumerateArray()),
            m => Assert.Equal(
                ["origin", "paho"],
                Assert.Single(m.GetProperty("user_properties").EnumerateArray()).EnumerateArray().Select(p => p.GetString())));
    }
}
