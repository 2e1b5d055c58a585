using AiotHub.Mqtt.Packets;
using AiotHub.Mqtt.Protocol;
using AiotHub.Mqtt.Tests.Broker;

namespace AiotHub.Mqtt.Tests.Robustness;

/// <summary>
/// Many connections fighting over one client id at once (a device in a reconnect loop, or two
/// devices configured alike): each CONNECT takes the session over (§3.1.4) or, past the takeover
/// guard's limit, is refused; none deadlocks, and at the end one session at most is left.
/// </summary>
public sealed class TakeoverStormTests
{
    private const int Count = 200;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(MqttProtocolVersion.V311, false)]
    [InlineData(MqttProtocolVersion.V500, false)]
    [InlineData(MqttProtocolVersion.V500, true)]
    public async Task ConcurrentConnectsWithOneClientIdAllGetAnAnswerAndLeaveOneSessionAtMost(MqttProtocolVersion version, bool persistent)
    {
        // The takeover guard off: every CONNECT races for the session.
        await using var broker = await AbusedBroker.StartAsync(MqttProtocolVersion.V500, o => o.MaximumTakeovers = 0, Token);
        var results = await Task.WhenAll(Enumerable.Range(0, Count).Select(_ => Task.Run(async () =>
        {
            var (client, connAck) = await RawMqttClient.ConnectAsync(broker.EndPoint, new MqttConnectPacket
            {
                ProtocolVersion = version,
                ClientId = "twin",
                CleanSession = !persistent,
                SessionExpiryInterval = persistent ? 60u : null,
            }, Token);
            await using var _ = client;
            if (connAck.ReasonCode == MqttReasonCode.Success)
            {
                // Not waiting for SUBACK: the next CONNECT may take the session over first (DISCONNECT 0x8E).
                await client.SendAsync(new MqttSubscribePacket
                {
                    PacketIdentifier = 1,
                    TopicFilters = [new MqttTopicFilter { Topic = "twin/set", QualityOfService = MqttQualityOfService.AtLeastOnce }],
                }, Token);
            }

            return connAck.ReasonCode;
        }, Token)));

        // Every CONNECT is answered and accepted; the last one to attach keeps the session.
        Assert.All(results, r => Assert.Equal(MqttReasonCode.Success, r));
        await broker.AssertStillServingAsync(Token);
        Assert.Equal(persistent ? 2 : 1, broker.Broker.SessionCount);
        Assert.Equal(persistent ? 2 : 1, broker.Broker.SubscriptionCount);
    }

    [Theory]
    [InlineData(MqttProtocolVersion.V311, MqttReasonCode.ServerUnavailable)]
    [InlineData(MqttProtocolVersion.V500, MqttReasonCode.ConnectionRateExceeded)]
    public async Task WithTheTakeoverGuardAStormIsCutShortAndTheBrokerKeepsServing(MqttProtocolVersion version, MqttReasonCode refusal)
    {
        await using var broker = await AbusedBroker.StartAsync(MqttProtocolVersion.V500, null, Token);
        var results = await Task.WhenAll(Enumerable.Range(0, Count).Select(_ => Task.Run(async () =>
        {
            var (client, connAck) = await RawMqttClient.ConnectAsync(broker.EndPoint,
                new MqttConnectPacket { ProtocolVersion = version, ClientId = "twin" }, Token);
            await using var __ = client;
            return connAck.ReasonCode;
        }, Token)));

        // Every CONNECT is answered: accepted while the guard allows, refused after; the default allows 10 takeovers.
        Assert.All(results, r => Assert.True(r == MqttReasonCode.Success || r == refusal, r.ToString()));
        Assert.Contains(refusal, results);
        await broker.AssertStillServingAsync(Token);
        Assert.True(broker.Broker.SessionCount <= 2);
    }
}
