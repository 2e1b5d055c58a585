using AiotHub.Mqtt.Packets;
using AiotHub.Mqtt.Protocol;
using AiotHub.Mqtt.Tests.Broker;

namespace AiotHub.Mqtt.Tests.Robustness;

/// <summary>
/// Sessions of clients that never come back must not live for ever once the operator has set
/// <see cref="AiotHub.Mqtt.Broker.MqttBrokerOptions.MaximumSessionExpiryInterval"/>: otherwise every
/// device that once connected with a persistent session costs memory until the broker restarts.
/// </summary>
public sealed class AbandonedSessionTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(MqttProtocolVersion.V311, null)]
    [InlineData(MqttProtocolVersion.V500, uint.MaxValue)]
    [InlineData(MqttProtocolVersion.V500, 3600u)]
    public async Task AbandonedPersistentSessionExpiresAfterTheMaximumSessionExpiry(MqttProtocolVersion version, uint? requested)
    {
        var clock = new ManualClock();
        await using var broker = await AbusedBroker.StartAsync(MqttProtocolVersion.V500, o =>
        {
            o.TimeProvider = clock;
            o.MaximumSessionExpiryInterval = 60;
        }, Token);
        var client = await RawMqttClient.ConnectAsync(broker.EndPoint, "abandoned", version, cleanSession: false, requested, Token);
        await client.SubscribeAsync("devices/abandoned/#", MqttQualityOfService.AtLeastOnce, Token);
        await client.DisposeAsync(); // gone without DISCONNECT
        await TestBroker.WaitUntilAsync(() => broker.Broker.Counters.CurrentConnections == AbusedBroker.BaselineConnections, "the client is gone");
        Assert.Equal(2, broker.Broker.SessionCount);

        clock.Advance(TimeSpan.FromSeconds(59));
        Assert.Equal(2, broker.Broker.SessionCount);
        Assert.Equal(2, broker.Broker.SubscriptionCount);

        clock.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal(1, broker.Broker.SessionCount); // the canary's
        Assert.Equal(1, broker.Broker.SubscriptionCount);
        var (back, connAck) = await RawMqttClient.ConnectAsync(broker.EndPoint,
            new MqttConnectPacket { ProtocolVersion = version, ClientId = "abandoned", CleanSession = false }, Token);
        await using var _ = back;
        Assert.False(connAck.SessionPresent);
        await back.SendAsync(new MqttDisconnectPacket(), Token);
        await broker.AssertStillServingAsync(Token);
    }

    [Fact]
    public async Task V311PersistentSessionStillLastsWhileItIsWithinTheMaximum()
    {
        var clock = new ManualClock();
        await using var broker = await AbusedBroker.StartAsync(MqttProtocolVersion.V311, o =>
        {
            o.TimeProvider = clock;
            o.MaximumSessionExpiryInterval = 60;
        }, Token);
        var client = await RawMqttClient.ConnectAsync(broker.EndPoint, "returning", MqttProtocolVersion.V311, cleanSession: false, cancellationToken: Token);
        await client.SubscribeAsync("t", MqttQualityOfService.AtLeastOnce, Token);
        await client.DisposeAsync();
        await TestBroker.WaitUntilAsync(() => broker.Broker.Counters.CurrentConnections == AbusedBroker.BaselineConnections, "the client is gone");
        clock.Advance(TimeSpan.FromSeconds(50));
        await broker.Broker.PublishAsync(new MqttApplicationMessage { Topic = "t", Payload = "kept"u8.ToArray(), QualityOfService = MqttQualityOfService.AtLeastOnce }, Token);

        var (back, connAck) = await RawMqttClient.ConnectAsync(broker.EndPoint,
            new MqttConnectPacket { ProtocolVersion = MqttProtocolVersion.V311, ClientId = "returning", CleanSession = false }, Token);
        await using var _ = back;
        Assert.True(connAck.SessionPresent);
        Assert.Equal("kept"u8.ToArray(), (await back.ReceiveAsync<MqttPublishPacket>(Token)).Payload.ToArray());
    }
}
