using System.Net.Sockets;
using AiotHub.Mqtt.Broker;
using AiotHub.Mqtt.Packets;
using AiotHub.Mqtt.Protocol;
using AiotHub.Mqtt.Transport;

namespace AiotHub.Mqtt.Tests.Broker;

public sealed class BrokerConnectTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(MqttProtocolVersion.V311)]
    [InlineData(MqttProtocolVersion.V500)]
    public async Task ClientConnectsPingsAndDisconnects(MqttProtocolVersion version)
    {
        await using var broker = await TestBroker.StartAsync();
        await using var client = await RawMqttClient.ConnectAsync(broker.EndPoint, "c1", version, cancellationToken: Token);
        await client.SendAsync(MqttPingReqPacket.Instance, Token);
        await client.ReceiveAsync<MqttPingRespPacket>(Token);
        await client.SendAsync(new MqttDisconnectPacket(), Token);
        Assert.Empty(await client.WaitForCloseAsync(null, Token));
        await TestBroker.WaitUntilAsync(() => broker.Broker.Counters.CurrentConnections == 0, "the connection is closed");
        Assert.Equal(1, broker.Broker.Counters.TotalConnections);
    }

    [Fact]
    public async Task StartThrowsWhenThePortIsTaken()
    {
        await using var first = await TestBroker.StartAsync();
        await using var second = new MqttBroker(new MqttBrokerOptions { Address = first.EndPoint.Address, Port = first.EndPoint.Port });
        var ex = await Assert.ThrowsAsync<MqttListenerException>(() => second.StartAsync(Token));
        Assert.IsType<SocketException>(ex.InnerException);
    }

    [Fact]
    public async Task V5ConnAckAdvertisesTheBrokerLimitsAndFeatures()
    {
        await using var broker = await TestBroker.StartAsync(o =>
        {
            o.ReceiveMaximum = 7;
            o.TopicAliasMaximum = 5;
            o.MaximumPacketSize = 5000;
        });
        var (client, connAck) = await RawMqttClient.ConnectAsync(broker.EndPoint, new MqttConnectPacket { ClientId = "c" }, Token);
        await using var _ = client;
        Assert.Equal(MqttReasonCode.Success, connAck.ReasonCode);
        Assert.False(connAck.SessionPresent);
        Assert.Equal((ushort)7, connAck.ReceiveMaximum);
        Assert.Equal((ushort)5, connAck.TopicAliasMaximum);
        Assert.Equal(5000u, connAck.MaximumPacketSize);
        Assert.True(connAck.RetainAvailable);
        Assert.True(connAck.WildcardSubscriptionAvailable);
        Assert.True(connAck.SubscriptionIdentifiersAvailable);
        Assert.True(connAck.SharedSubscriptionAvailable);
        Assert.Null(connAck.AssignedClientIdentifier);
    }

    [Fact]
    public async Task V5ClientWithEmptyIdGetsAnAssignedIdentifier()
    {
        await using var broker = await TestBroker.StartAsync();
        var (client, connAck) = await RawMqttClient.ConnectAsync(broker.EndPoint, new MqttConnectPacket { ClientId = "" }, Token);
        await using var _ = client;
        Assert.Equal(MqttReasonCode.Success, connAck.ReasonCode);
        Assert.False(string.IsNullOrEmpty(connAck.AssignedClientIdentifier));
    }

    [Fact]
    public async Task V311ClientWithEmptyIdAndCleanSessionIsAccepted()
    {
        await using var broker = await TestBroker.StartAsync();
        var (client, connAck) = await RawMqttClient.ConnectAsync(broker.EndPoint,
            new MqttConnectPacket { ProtocolVersion = MqttProtocolVersion.V311, ClientId = "", CleanSession = true }, Token);
        await using var _ = client;
        Assert.Equal(MqttReasonCode.Success, connAck.ReasonCode);
    }

    [Fact]
    public async Task V311ClientWithEmptyIdAndPersistentSessionIsRejectedWithIdentifierRejected()
    {
        await using var broker = await TestBroker.StartAsync();
        var (client, connAck) = await RawMqttClient.ConnectAsync(broker.EndPoint,
            new MqttConnectPacket { ProtocolVersion = MqttProtocolVersion.V311, ClientId = "", CleanSession = false }, Token);
        await using var _ = client;
        Assert.Equal(MqttReasonCode.ClientIdentifierNotValid, connAck.ReasonCode); // 0x02 on the 3.1.1 wire
        await client.WaitForCloseAsync(null, Token);
    }

    [Fact]
    public async Task UnsupportedProtocolLevelGetsConnAck0x01AndIsClosed()
    {
        await using var broker = await TestBroker.StartAsync();
        await using var client = await RawMqttClient.OpenAsync(broker.EndPoint, MqttProtocolVersion.V311, Token);
        // CONNECT, protocol name "MQTT", level 6, clean session, keep alive 60, client id "x".
        await client.SendRawAsync(new byte[] { 0x10, 13, 0, 4, (byte)'M', (byte)'Q', (byte)'T', (byte)'T', 6, 0x02, 0, 60, 0, 1, (byte)'x' }, Token);
        var packets = await client.WaitForCloseAsync(null, Token);
        var connAck = Assert.IsType<MqttConnAckPacket>(Assert.Single(packets));
        Assert.Equal(MqttReasonCode.UnsupportedProtocolVersion, connAck.ReasonCode);
    }

    [Fact]
    public async Task MalformedV5ConnectIsAnsweredWithAFailureConnAck()
    {
        await using var broker = await TestBroker.StartAsync();
        await using var client = await RawMqttClient.OpenAsync(broker.EndPoint, MqttProtocolVersion.V500, Token);
        // CONNECT level 5 whose properties hold Session Expiry Interval twice (§2.2.2.2: a Protocol Error).
        await client.SendRawAsync(new byte[]
        {
            0x10, 24, 0, 4, (byte)'M', (byte)'Q', (byte)'T', (byte)'T', 5, 0x02, 0, 60,
            10, 0x11, 0, 0, 0, 10, 0x11, 0, 0, 0, 10,
            0, 1, (byte)'x',
        }, Token);
        var packets = await client.WaitForCloseAsync(null, Token);
        var connAck = Assert.IsType<MqttConnAckPacket>(Assert.Single(packets));
        Assert.True(connAck.ReasonCode is MqttReasonCode.ProtocolError or MqttReasonCode.MalformedPacket, connAck.ReasonCode.ToString());
    }

    [Fact]
    public void InvalidOptionsAreRejectedAtConstruction()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new MqttBroker(new MqttBrokerOptions { MaximumPacketSize = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new MqttBroker(new MqttBrokerOptions { ReceiveMaximum = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new MqttBroker(new MqttBrokerOptions { MaximumQueuedMessagesPerClient = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new MqttBroker(new MqttBrokerOptions { ConnectTimeout = TimeSpan.Zero }));
    }

    [Theory]
    [InlineData(MqttProtocolVersion.V311)]
    [InlineData(MqttProtocolVersion.V500)]
    public async Task AuthenticateCallbackRefusalIsReportedInConnAck(MqttProtocolVersion version)
    {
        await using var broker = await TestBroker.StartAsync(o => o.Authenticate = c =>
            c.UserName == "alice" && c.Password is [(byte)'s'] ? MqttReasonCode.Success : MqttReasonCode.BadUserNameOrPassword);
        var (bad, refused) = await RawMqttClient.ConnectAsync(broker.EndPoint,
            new MqttConnectPacket { ProtocolVersion = version, ClientId = "c", UserName = "alice", Password = [(byte)'x'] }, Token);
        await using (bad)
        {
            Assert.Equal(MqttReasonCode.BadUserNameOrPassword, refused.ReasonCode);
            await bad.WaitForCloseAsync(null, Token);
        }

        var (good, accepted) = await RawMqttClient.ConnectAsync(broker.EndPoint,
            new MqttConnectPacket { ProtocolVersion = version, ClientId = "c", UserName = "alice", Password = [(byte)'s'] }, Token);
        await using (good)
        {
            Assert.Equal(MqttReasonCode.Success, accepted.ReasonCode);
        }
    }

    [Fact]
    public async Task AnonymousClientIsRefusedWhenAnonymousAccessIsOff()
    {
        await using var broker = await TestBroker.StartAsync(o => o.AllowAnonymous = false);
        var (client, connAck) = await RawMqttClient.ConnectAsync(broker.EndPoint, new MqttConnectPacket { ClientId = "c" }, Token);
        await using var _ = client;
        Assert.Equal(MqttReasonCode.NotAuthorized, connAck.ReasonCode);
    }

    [Fact]
    public async Task SecondConnectIsAProtocolError()
    {
        await using var broker = await TestBroker.StartAsync();
        await using var client = await RawMqttClient.ConnectAsync(broker.EndPoint, "c", cancellationToken: Token);
        await client.SendAsync(new MqttConnectPacket { ClientId = "c" }, Token);
        var packets = await client.WaitForCloseAsync(null, Token);
        Assert.Equal(MqttReasonCode.ProtocolError, Assert.IsType<MqttDisconnectPacket>(Assert.Single(packets)).ReasonCode);
    }

    [Fact]
    public async Task SecondConnectWithAnotherProtocolNameIsAProtocolErrorNotACodeDisconnectLacks()
    {
        await using var broker = await TestBroker.StartAsync();
        await using var client = await RawMqttClient.ConnectAsync(broker.EndPoint, "c", cancellationToken: Token);
        // A second CONNECT whose protocol name is "XYZ": the decoder's answer would be 0x84, a CONNACK-only code.
        await client.SendRawAsync(new byte[] { 0x10, 11, 0, 3, (byte)'X', (byte)'Y', (byte)'Z', 5, 2, 0, 60, 0, 0 }, Token);
        var packets = await client.WaitForCloseAsync(null, Token);
        Assert.Equal(MqttReasonCode.ProtocolError, Assert.IsType<MqttDisconnectPacket>(Assert.Single(packets)).ReasonCode);
    }

    [Fact]
    public async Task V5ClientAskingForMoreThanTheMaximumKeepAliveGetsServerKeepAlive()
    {
        await using var broker = await TestBroker.StartAsync(o => o.MaximumKeepAliveSeconds = 30);
        var (client, connAck) = await RawMqttClient.ConnectAsync(broker.EndPoint,
            new MqttConnectPacket { ClientId = "c", KeepAliveSeconds = 0 }, Token);
        await using var _ = client;
        Assert.Equal(MqttReasonCode.Success, connAck.ReasonCode);
        Assert.Equal((ushort)30, connAck.ServerKeepAlive);
    }

    [Fact]
    public async Task V311ClientAskingForMoreThanTheMaximumKeepAliveIsRefused()
    {
        await using var broker = await TestBroker.StartAsync(o => o.MaximumKeepAliveSeconds = 30);
        var (client, connAck) = await RawMqttClient.ConnectAsync(broker.EndPoint,
            new MqttConnectPacket { ProtocolVersion = MqttProtocolVersion.V311, ClientId = "c", KeepAliveSeconds = 60 }, Token);
        await using var _ = client;
        Assert.Equal(MqttReasonCode.ClientIdentifierNotValid, connAck.ReasonCode);
    }

    [Theory]
    [InlineData(MqttProtocolVersion.V311)]
    [InlineData(MqttProtocolVersion.V500)]
    public async Task SilentClientIsDisconnectedAfterOneAndAHalfKeepAlives(MqttProtocolVersion version)
    {
        await using var broker = await TestBroker.StartAsync();
        var (client, connAck) = await RawMqttClient.ConnectAsync(broker.EndPoint,
            new MqttConnectPacket { ProtocolVersion = version, ClientId = "c", KeepAliveSeconds = 1 }, Token);
        await using var _ = client;
        Assert.Equal(MqttReasonCode.Success, connAck.ReasonCode);
        var started = System.Diagnostics.Stopwatch.StartNew();
        var packets = await client.WaitForCloseAsync(TimeSpan.FromSeconds(10), Token);
        Assert.True(started.Elapsed >= TimeSpan.FromSeconds(1.2), $"closed after {started.Elapsed}");
        if (version == MqttProtocolVersion.V500)
        {
            Assert.Equal(MqttReasonCode.KeepAliveTimeout, Assert.IsType<MqttDisconnectPacket>(Assert.Single(packets)).ReasonCode);
        }
        else
        {
            Assert.Empty(packets);
        }
    }

    [Fact]
    public async Task ClientThatPingsIsKeptAlive()
    {
        await using var broker = await TestBroker.StartAsync();
        var (client, _) = await RawMqttClient.ConnectAsync(broker.EndPoint,
            new MqttConnectPacket { ClientId = "c", KeepAliveSeconds = 2 }, Token);
        await using var __ = client;
        var alive = System.Diagnostics.Stopwatch.StartNew();
        while (alive.Elapsed < TimeSpan.FromSeconds(4)) // longer than 1.5 × keep alive
        {
            await client.SendAsync(MqttPingReqPacket.Instance, Token);
            await client.ReceiveAsync<MqttPingRespPacket>(Token);
            await Task.Delay(250, Token);
        }

        Assert.False(client.IsClosed);
    }

    [Fact]
    public async Task SecondConnectionWithTheSameIdTakesTheSessionOver()
    {
        await using var broker = await TestBroker.StartAsync();
        await using var first = await RawMqttClient.ConnectAsync(broker.EndPoint, "same", cancellationToken: Token);
        await using var second = await RawMqttClient.ConnectAsync(broker.EndPoint, "same", cancellationToken: Token);
        var packets = await first.WaitForCloseAsync(null, Token);
        Assert.Equal(MqttReasonCode.SessionTakenOver, Assert.IsType<MqttDisconnectPacket>(Assert.Single(packets)).ReasonCode);

        await second.SendAsync(MqttPingReqPacket.Instance, Token);
        await second.ReceiveAsync<MqttPingRespPacket>(Token);
    }

    [Fact]
    public async Task PartialConnectIsClosedAfterTheConnectTimeoutWhileOthersAreServed()
    {
        await using var broker = await TestBroker.StartAsync(o => o.ConnectTimeout = TimeSpan.FromSeconds(3));
        await using var healthy = await RawMqttClient.ConnectAsync(broker.EndPoint, "healthy", cancellationToken: Token);
        await using var loris = await RawMqttClient.OpenAsync(broker.EndPoint, MqttProtocolVersion.V311, Token);
        await loris.SendRawAsync(new byte[] { 0x10, 13, 0, 4, (byte)'M', (byte)'Q' }, Token);
        var started = System.Diagnostics.Stopwatch.StartNew();

        await healthy.SendAsync(MqttPingReqPacket.Instance, Token);
        await healthy.ReceiveAsync<MqttPingRespPacket>(Token);

        Assert.Empty(await loris.WaitForCloseAsync(null, Token));
        Assert.True(started.Elapsed >= TimeSpan.FromSeconds(2.5), $"closed after {started.Elapsed}");
        await healthy.SendAsync(MqttPingReqPacket.Instance, Token);
        await healthy.ReceiveAsync<MqttPingRespPacket>(Token);
    }

    [Fact]
    public async Task PacketOtherThanConnectFirstClosesTheConnection()
    {
        await using var broker = await TestBroker.StartAsync();
        await using var client = await RawMqttClient.OpenAsync(broker.EndPoint, MqttProtocolVersion.V500, Token);
        await client.SendAsync(MqttPingReqPacket.Instance, Token);
        Assert.Empty(await client.WaitForCloseAsync(null, Token));
    }

    [Fact]
    public async Task TwoHundredConnectsInABurstAreAllAccepted()
    {
        await using var broker = await TestBroker.StartAsync();
        var clients = await Task.WhenAll(Enumerable.Range(0, 200).Select(i =>
            RawMqttClient.ConnectAsync(broker.EndPoint, $"burst-{i}", i % 2 == 0 ? MqttProtocolVersion.V500 : MqttProtocolVersion.V311,
                cancellationToken: Token)));
        try
        {
            Assert.Equal(200, broker.Broker.Counters.CurrentConnections);
        }
        finally
        {
            foreach (var client in clients)
            {
                await client.DisposeAsync();
            }
        }

        await TestBroker.WaitUntilAsync(() => broker.Broker.Counters.CurrentConnections == 0, "all connections are closed");
    }

    [Fact]
    public async Task RandomGarbageFromManySocketsDoesNotHurtTheBroker()
    {
        await using var broker = await TestBroker.StartAsync(o => o.ConnectTimeout = TimeSpan.FromSeconds(5));
        var random = new Random(1234);
        var tasks = new List<Task>();
        for (var i = 0; i < 50; i++)
        {
            var bytes = new byte[random.Next(1, 600)];
            random.NextBytes(bytes);
            if (i % 3 == 0)
            {
                bytes[0] = 0x10; // looks like CONNECT, then garbage
            }

            tasks.Add(Task.Run(async () =>
            {
                await using var garbage = await RawMqttClient.OpenAsync(broker.EndPoint, MqttProtocolVersion.V500, Token);
                await garbage.SendRawAsync(bytes, Token);
                try
                {
                    await garbage.WaitForCloseAsync(null, Token);
                }
                catch (TimeoutException)
                {
                }
            }, Token));
        }

        await Task.WhenAll(tasks);

        // Garbage after a valid CONNECT, too.
        for (var i = 0; i < 20; i++)
        {
            await using var connected = await RawMqttClient.ConnectAsync(broker.EndPoint, $"g{i}", cancellationToken: Token);
            var bytes = new byte[random.Next(1, 300)];
            random.NextBytes(bytes);
            await connected.SendRawAsync(bytes, Token);
        }

        await using var healthy = await RawMqttClient.ConnectAsync(broker.EndPoint, "healthy", cancellationToken: Token);
        await healthy.SubscribeAsync("t", MqttQualityOfService.AtLeastOnce, Token);
        // From another client: a PUBLISH to oneself may be delivered before its PUBACK (MQTT orders
        // neither), and this raw client expects the PUBACK next.
        await using var publisher = await RawMqttClient.ConnectAsync(broker.EndPoint, "healthy-publisher", cancellationToken: Token);
        await publisher.PublishAsync("t", "still alive", MqttQualityOfService.AtLeastOnce, cancellationToken: Token);
        var publish = await healthy.ReceiveAsync<MqttPublishPacket>(Token);
        Assert.Equal("t", publish.Topic);
        await TestBroker.WaitUntilAsync(() => broker.Broker.Counters.CurrentConnections == 2, "garbage connections are closed");
    }

    [Fact]
    public async Task StopSendsServerShuttingDownToV5Clients()
    {
        var broker = await TestBroker.StartAsync();
        await using var client = await RawMqttClient.ConnectAsync(broker.EndPoint, "c", cancellationToken: Token);
        await broker.Broker.StopAsync(Token);
        var packets = await client.WaitForCloseAsync(null, Token);
        Assert.Equal(MqttReasonCode.ServerShuttingDown, Assert.IsType<MqttDisconnectPacket>(Assert.Single(packets)).ReasonCode);
        Assert.Equal(0, broker.Broker.Counters.CurrentConnections);
        await broker.DisposeAsync();
    }
}
