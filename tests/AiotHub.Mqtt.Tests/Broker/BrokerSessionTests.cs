using System.Text;
using AiotHub.Mqtt.Packets;
using AiotHub.Mqtt.Protocol;

namespace AiotHub.Mqtt.Tests.Broker;

public sealed class BrokerSessionTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static string Text(MqttPublishPacket packet) => Encoding.UTF8.GetString(packet.Payload.Span);

    private static async Task DisconnectAsync(RawMqttClient client, MqttDisconnectPacket? disconnect = null)
    {
        await client.SendAsync(disconnect ?? new MqttDisconnectPacket(), Token);
        await client.WaitForCloseAsync(null, Token);
        await client.DisposeAsync();
    }

    [Theory]
    [InlineData(MqttProtocolVersion.V311)]
    [InlineData(MqttProtocolVersion.V500)]
    public async Task PersistentSessionQueuesWhileAwayAndResendsUnacknowledgedWithDup(MqttProtocolVersion version)
    {
        await using var broker = await TestBroker.StartAsync();
        var subscriber = await RawMqttClient.ConnectAsync(broker.EndPoint, "sub", version, cleanSession: false, sessionExpiry: 300, cancellationToken: Token);
        await subscriber.SubscribeAsync("t", MqttQualityOfService.AtLeastOnce, Token);
        await broker.Broker.PublishAsync(new MqttApplicationMessage { Topic = "t", Payload = "1"u8.ToArray(), QualityOfService = MqttQualityOfService.AtLeastOnce }, Token);
        var unacknowledged = await subscriber.ReceiveAsync<MqttPublishPacket>(Token);
        Assert.False(unacknowledged.Dup);
        await subscriber.DisposeAsync(); // network drop, no PUBACK
        await TestBroker.WaitUntilAsync(() => broker.Broker.Counters.CurrentConnections == 0, "the subscriber is gone");

        await broker.Broker.PublishAsync(new MqttApplicationMessage { Topic = "t", Payload = "2"u8.ToArray(), QualityOfService = MqttQualityOfService.AtLeastOnce }, Token);
        await broker.Broker.PublishAsync(new MqttApplicationMessage { Topic = "t", Payload = "3"u8.ToArray(), QualityOfService = MqttQualityOfService.AtLeastOnce }, Token);

        var (back, connAck) = await RawMqttClient.ConnectAsync(broker.EndPoint,
            new MqttConnectPacket { ProtocolVersion = version, ClientId = "sub", CleanSession = false, SessionExpiryInterval = version == MqttProtocolVersion.V500 ? 300 : null }, Token);
        await using var _ = back;
        Assert.True(connAck.SessionPresent);
        var resent = await back.ReceiveAsync<MqttPublishPacket>(Token);
        Assert.True(resent.Dup);
        Assert.Equal(unacknowledged.PacketIdentifier, resent.PacketIdentifier);
        Assert.Equal("1", Text(resent));
        foreach (var expected in new[] { "2", "3" })
        {
            var publish = await back.ReceiveAsync<MqttPublishPacket>(Token);
            Assert.False(publish.Dup);
            Assert.Equal(expected, Text(publish));
            await back.SendAsync(new MqttPubAckPacket { PacketIdentifier = publish.PacketIdentifier }, Token);
        }
    }

    [Fact]
    public async Task PubRelIsResentAfterReconnectWhenPubRecWasReceived()
    {
        await using var broker = await TestBroker.StartAsync();
        var subscriber = await RawMqttClient.ConnectAsync(broker.EndPoint, "sub", cleanSession: false, sessionExpiry: 300, cancellationToken: Token);
        await subscriber.SubscribeAsync("t", MqttQualityOfService.ExactlyOnce, Token);
        await broker.Broker.PublishAsync(new MqttApplicationMessage { Topic = "t", Payload = "1"u8.ToArray(), QualityOfService = MqttQualityOfService.ExactlyOnce }, Token);
        var publish = await subscriber.ReceiveAsync<MqttPublishPacket>(Token);
        await subscriber.SendAsync(new MqttPubRecPacket { PacketIdentifier = publish.PacketIdentifier }, Token);
        await subscriber.ReceiveAsync<MqttPubRelPacket>(Token);
        await subscriber.DisposeAsync();
        await TestBroker.WaitUntilAsync(() => broker.Broker.Counters.CurrentConnections == 0, "the subscriber is gone");

        await using var back = await RawMqttClient.ConnectAsync(broker.EndPoint, "sub", cleanSession: false, sessionExpiry: 300, cancellationToken: Token);
        var pubRel = await back.ReceiveAsync<MqttPubRelPacket>(Token);
        Assert.Equal(publish.PacketIdentifier, pubRel.PacketIdentifier);
        await back.SendAsync(new MqttPubCompPacket { PacketIdentifier = pubRel.PacketIdentifier }, Token);
        Assert.True(await back.ReceivesNothingAsync(TimeSpan.FromMilliseconds(200), Token));
    }

    [Fact]
    public async Task CleanStartDiscardsTheSession()
    {
        await using var broker = await TestBroker.StartAsync();
        await DisconnectAsync(await SubscribedAsync(broker, "sub"));
        var (client, connAck) = await RawMqttClient.ConnectAsync(broker.EndPoint, new MqttConnectPacket { ClientId = "sub", CleanSession = true }, Token);
        await using var _ = client;
        Assert.False(connAck.SessionPresent);
        await broker.Broker.PublishAsync(new MqttApplicationMessage { Topic = "t", Payload = "x"u8.ToArray() }, Token);
        Assert.True(await client.ReceivesNothingAsync(TimeSpan.FromMilliseconds(300), Token));
    }

    [Fact]
    public async Task SessionExpiresAfterItsInterval()
    {
        var clock = new ManualClock();
        await using var broker = await TestBroker.StartAsync(o => o.TimeProvider = clock);
        await DisconnectAsync(await SubscribedAsync(broker, "sub", sessionExpiry: 10));
        await TestBroker.WaitUntilAsync(() => broker.Broker.Counters.CurrentConnections == 0, "the client is gone");
        clock.Advance(TimeSpan.FromSeconds(9));
        var stillThere = await RawMqttClient.ConnectAsync(broker.EndPoint, new MqttConnectPacket { ClientId = "sub", CleanSession = false, SessionExpiryInterval = 10 }, Token);
        Assert.True(stillThere.ConnAck.SessionPresent);
        await DisconnectAsync(stillThere.Client);
        await TestBroker.WaitUntilAsync(() => broker.Broker.Counters.CurrentConnections == 0, "the client is gone again");

        clock.Advance(TimeSpan.FromSeconds(10));
        var (client, connAck) = await RawMqttClient.ConnectAsync(broker.EndPoint, new MqttConnectPacket { ClientId = "sub", CleanSession = false }, Token);
        await using var _ = client;
        Assert.False(connAck.SessionPresent);
    }

    [Fact]
    public async Task DisconnectCanShortenTheSessionExpiry()
    {
        await using var broker = await TestBroker.StartAsync();
        await DisconnectAsync(await SubscribedAsync(broker, "sub", sessionExpiry: 300), new MqttDisconnectPacket { SessionExpiryInterval = 0 });
        var (client, connAck) = await RawMqttClient.ConnectAsync(broker.EndPoint, new MqttConnectPacket { ClientId = "sub", CleanSession = false }, Token);
        await using var _ = client;
        Assert.False(connAck.SessionPresent);
    }

    [Fact]
    public async Task DisconnectSettingExpiryAfterZeroIsAProtocolError()
    {
        await using var broker = await TestBroker.StartAsync();
        await using var client = await RawMqttClient.ConnectAsync(broker.EndPoint, "c", cancellationToken: Token);
        await client.SendAsync(new MqttDisconnectPacket { SessionExpiryInterval = 60 }, Token);
        var packets = await client.WaitForCloseAsync(null, Token);
        Assert.Equal(MqttReasonCode.ProtocolError, Assert.IsType<MqttDisconnectPacket>(Assert.Single(packets)).ReasonCode);
    }

    [Fact]
    public async Task V311PersistentSessionSurvivesReconnect()
    {
        await using var broker = await TestBroker.StartAsync();
        await DisconnectAsync(await SubscribedAsync(broker, "sub", MqttProtocolVersion.V311));
        var (client, connAck) = await RawMqttClient.ConnectAsync(broker.EndPoint,
            new MqttConnectPacket { ProtocolVersion = MqttProtocolVersion.V311, ClientId = "sub", CleanSession = false }, Token);
        await using var _ = client;
        Assert.True(connAck.SessionPresent);
        await broker.Broker.PublishAsync(new MqttApplicationMessage { Topic = "t", Payload = "x"u8.ToArray() }, Token);
        Assert.Equal("x", Text(await client.ReceiveAsync<MqttPublishPacket>(Token)));
    }

    [Theory]
    [InlineData(MqttProtocolVersion.V311)]
    [InlineData(MqttProtocolVersion.V500)]
    public async Task WillIsPublishedWhenTheConnectionDropsButNotAfterDisconnect(MqttProtocolVersion version)
    {
        await using var broker = await TestBroker.StartAsync();
        await using var watcher = await RawMqttClient.ConnectAsync(broker.EndPoint, "watcher", cancellationToken: Token);
        await watcher.SubscribeAsync("wills/#", MqttQualityOfService.AtLeastOnce, Token);

        var (polite, _) = await RawMqttClient.ConnectAsync(broker.EndPoint, WithWill(version, "polite", "wills/polite"), Token);
        await DisconnectAsync(polite);
        var (dropped, _) = await RawMqttClient.ConnectAsync(broker.EndPoint, WithWill(version, "dropped", "wills/dropped"), Token);
        await dropped.DisposeAsync();

        var will = await watcher.ReceiveAsync<MqttPublishPacket>(Token);
        Assert.Equal("wills/dropped", will.Topic);
        Assert.Equal("gone", Text(will));
        Assert.True(await watcher.ReceivesNothingAsync(TimeSpan.FromMilliseconds(300), Token));
    }

    [Fact]
    public async Task DisconnectWithWillMessagePublishesTheWill()
    {
        await using var broker = await TestBroker.StartAsync();
        await using var watcher = await RawMqttClient.ConnectAsync(broker.EndPoint, "watcher", cancellationToken: Token);
        await watcher.SubscribeAsync("wills/#", MqttQualityOfService.AtMostOnce, Token);
        var (client, _) = await RawMqttClient.ConnectAsync(broker.EndPoint, WithWill(MqttProtocolVersion.V500, "c", "wills/c"), Token);
        await DisconnectAsync(client, new MqttDisconnectPacket { ReasonCode = MqttReasonCode.DisconnectWithWillMessage });
        Assert.Equal("wills/c", (await watcher.ReceiveAsync<MqttPublishPacket>(Token)).Topic);
    }

    [Fact]
    public async Task WillIsDelayedByTheWillDelayInterval()
    {
        var clock = new ManualClock();
        await using var broker = await TestBroker.StartAsync(o => o.TimeProvider = clock);
        await using var watcher = await RawMqttClient.ConnectAsync(broker.EndPoint, "watcher", cancellationToken: Token);
        await watcher.SubscribeAsync("wills/#", MqttQualityOfService.AtMostOnce, Token);
        var connect = WithWill(MqttProtocolVersion.V500, "c", "wills/c", willDelay: 30);
        connect.SessionExpiryInterval = 60;
        var (client, _) = await RawMqttClient.ConnectAsync(broker.EndPoint, connect, Token);
        await client.DisposeAsync();
        await TestBroker.WaitUntilAsync(() => broker.Broker.Counters.CurrentConnections == 1, "the client is gone");

        clock.Advance(TimeSpan.FromSeconds(29));
        Assert.True(await watcher.ReceivesNothingAsync(TimeSpan.FromMilliseconds(300), Token));
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal("wills/c", (await watcher.ReceiveAsync<MqttPublishPacket>(Token)).Topic);
    }

    [Fact]
    public async Task ReconnectingWithinTheWillDelayCancelsTheWill()
    {
        var clock = new ManualClock();
        await using var broker = await TestBroker.StartAsync(o => o.TimeProvider = clock);
        await using var watcher = await RawMqttClient.ConnectAsync(broker.EndPoint, "watcher", cancellationToken: Token);
        await watcher.SubscribeAsync("wills/#", MqttQualityOfService.AtMostOnce, Token);
        var connect = WithWill(MqttProtocolVersion.V500, "c", "wills/c", willDelay: 30);
        connect.SessionExpiryInterval = 60;
        var (client, _) = await RawMqttClient.ConnectAsync(broker.EndPoint, connect, Token);
        await client.DisposeAsync();
        await TestBroker.WaitUntilAsync(() => broker.Broker.Counters.CurrentConnections == 1, "the client is gone");
        clock.Advance(TimeSpan.FromSeconds(20));

        await using var back = await RawMqttClient.ConnectAsync(broker.EndPoint, "c", cleanSession: false, sessionExpiry: 60, cancellationToken: Token);
        clock.Advance(TimeSpan.FromSeconds(60));
        Assert.True(await watcher.ReceivesNothingAsync(TimeSpan.FromMilliseconds(500), Token));
    }

    [Fact]
    public async Task WillIsPublishedWhenTheSessionEndsBeforeTheWillDelay()
    {
        var clock = new ManualClock();
        await using var broker = await TestBroker.StartAsync(o => o.TimeProvider = clock);
        await using var watcher = await RawMqttClient.ConnectAsync(broker.EndPoint, "watcher", cancellationToken: Token);
        await watcher.SubscribeAsync("wills/#", MqttQualityOfService.AtMostOnce, Token);
        var connect = WithWill(MqttProtocolVersion.V500, "c", "wills/c", willDelay: 600);
        connect.SessionExpiryInterval = 10;
        var (client, _) = await RawMqttClient.ConnectAsync(broker.EndPoint, connect, Token);
        await client.DisposeAsync();
        await TestBroker.WaitUntilAsync(() => broker.Broker.Counters.CurrentConnections == 1, "the client is gone");
        Assert.True(await watcher.ReceivesNothingAsync(TimeSpan.FromMilliseconds(200), Token));

        clock.Advance(TimeSpan.FromSeconds(10));
        Assert.Equal("wills/c", (await watcher.ReceiveAsync<MqttPublishPacket>(Token)).Topic);
    }

    [Fact]
    public async Task TakenOverConnectionPublishesItsWill()
    {
        await using var broker = await TestBroker.StartAsync();
        await using var watcher = await RawMqttClient.ConnectAsync(broker.EndPoint, "watcher", cancellationToken: Token);
        await watcher.SubscribeAsync("wills/#", MqttQualityOfService.AtMostOnce, Token);
        var (first, _) = await RawMqttClient.ConnectAsync(broker.EndPoint, WithWill(MqttProtocolVersion.V500, "c", "wills/c"), Token);
        await using var __ = first;
        await using var second = await RawMqttClient.ConnectAsync(broker.EndPoint, "c", cancellationToken: Token);
        Assert.Equal("wills/c", (await watcher.ReceiveAsync<MqttPublishPacket>(Token)).Topic);
    }

    [Fact]
    public async Task TakeoverThatContinuesTheSessionDoesNotPublishTheWill()
    {
        await using var broker = await TestBroker.StartAsync();
        await using var watcher = await RawMqttClient.ConnectAsync(broker.EndPoint, "watcher", cancellationToken: Token);
        await watcher.SubscribeAsync("wills/#", MqttQualityOfService.AtMostOnce, Token);
        var connect = WithWill(MqttProtocolVersion.V500, "c", "wills/c");
        connect.SessionExpiryInterval = 60;
        var (first, _) = await RawMqttClient.ConnectAsync(broker.EndPoint, connect, Token);
        await using var __ = first;
        var (second, connAck) = await RawMqttClient.ConnectAsync(broker.EndPoint,
            new MqttConnectPacket { ClientId = "c", CleanSession = false, SessionExpiryInterval = 60 }, Token);
        await using var ___ = second;
        Assert.True(connAck.SessionPresent);
        Assert.True(await watcher.ReceivesNothingAsync(TimeSpan.FromMilliseconds(500), Token));
    }

    [Fact]
    public async Task DisconnectWithAnErrorReasonKeepsTheWill()
    {
        await using var broker = await TestBroker.StartAsync();
        await using var watcher = await RawMqttClient.ConnectAsync(broker.EndPoint, "watcher", cancellationToken: Token);
        await watcher.SubscribeAsync("wills/#", MqttQualityOfService.AtMostOnce, Token);
        var (client, _) = await RawMqttClient.ConnectAsync(broker.EndPoint, WithWill(MqttProtocolVersion.V500, "c", "wills/c"), Token);
        await DisconnectAsync(client, new MqttDisconnectPacket { ReasonCode = MqttReasonCode.UnspecifiedError });
        Assert.Equal("wills/c", (await watcher.ReceiveAsync<MqttPublishPacket>(Token)).Topic);
    }

    private static MqttConnectPacket WithWill(MqttProtocolVersion version, string clientId, string topic, uint? willDelay = null) => new()
    {
        ProtocolVersion = version,
        ClientId = clientId,
        Will = new MqttWillMessage { Topic = topic, Payload = "gone"u8.ToArray(), QualityOfService = MqttQualityOfService.AtLeastOnce, WillDelayInterval = willDelay },
    };

    private static async Task<RawMqttClient> SubscribedAsync(TestBroker broker, string clientId,
        MqttProtocolVersion version = MqttProtocolVersion.V500, uint sessionExpiry = 300)
    {
        var client = await RawMqttClient.ConnectAsync(broker.EndPoint, clientId, version, cleanSession: false, sessionExpiry: sessionExpiry, cancellationToken: Token);
        await client.SubscribeAsync("t", MqttQualityOfService.AtMostOnce, Token);
        return client;
    }
}
