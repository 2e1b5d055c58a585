using System.Text;
using AiotHub.Mqtt.Broker;
using AiotHub.Mqtt.Broker.Persistence;
using AiotHub.Mqtt.Packets;
using AiotHub.Mqtt.Protocol;
using AiotHub.Mqtt.Tests.Persistence;

namespace AiotHub.Mqtt.Tests.Broker;

/// <summary>
/// The broker over a <see cref="MqttBrokerStore"/>: stop it, start a new broker over the same
/// directory, and what docs/broker-persistence.md promises is back.
/// </summary>
public sealed class BrokerPersistenceTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static string Text(MqttPublishPacket packet) => Encoding.UTF8.GetString(packet.Payload.Span);

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task RetainedMessagesAndTheDeletionOfOneSurviveARestart()
    {
        await using (var broker = await StartAsync())
        {
            await using var publisher = await RawMqttClient.ConnectAsync(broker.EndPoint, "pub", cancellationToken: Token);
            await publisher.PublishAsync("home/a", "A", MqttQualityOfService.AtLeastOnce, retain: true, Token);
            await publisher.PublishAsync("home/b", "B", MqttQualityOfService.ExactlyOnce, retain: true, Token);
            await publisher.PublishAsync("home/c", "C", MqttQualityOfService.AtLeastOnce, retain: true, Token);
            await publisher.PublishAsync("home/c", "", MqttQualityOfService.AtLeastOnce, retain: true, Token);
        }

        await using (var broker = await StartAsync())
        {
            Assert.Equal(2, broker.Broker.Restored?.RetainedMessages);
            await using var subscriber = await RawMqttClient.ConnectAsync(broker.EndPoint, "sub", cancellationToken: Token);
            await subscriber.SubscribeAsync("home/#", MqttQualityOfService.AtLeastOnce, Token);
            var received = new List<string>();
            for (var i = 0; i < 2; i++)
            {
                var publish = await subscriber.ReceiveAsync<MqttPublishPacket>(Token);
                Assert.True(publish.Retain);
                received.Add($"{publish.Topic}={Text(publish)}");
            }

            Assert.Equal(["home/a=A", "home/b=B"], received.Order(StringComparer.Ordinal));
            Assert.True(await subscriber.ReceivesNothingAsync(TimeSpan.FromMilliseconds(200), Token), "home/c was deleted before the restart.");
        }
    }

    [Theory]
    [InlineData(MqttProtocolVersion.V311)]
    [InlineData(MqttProtocolVersion.V500)]
    public async Task APersistentSubscriptionSurvivesARestart(MqttProtocolVersion version)
    {
        var v5 = version == MqttProtocolVersion.V500;
        await using (var broker = await StartAsync())
        {
            var subscriber = await RawMqttClient.ConnectAsync(broker.EndPoint, "sub", version, cleanSession: false, sessionExpiry: 300, cancellationToken: Token);
            var subAck = await subscriber.SubscribeAsync(new MqttTopicFilter { Topic = "sensors/+/temp", QualityOfService = MqttQualityOfService.AtLeastOnce },
                v5 ? 42u : null, Token);
            Assert.Equal(MqttReasonCode.GrantedQoS1, subAck.ReasonCodes[0]);
            await DisconnectAsync(subscriber);
        }

        await using (var broker = await StartAsync())
        {
            Assert.Equal(1, broker.Broker.Restored?.Sessions);
            var (subscriber, connAck) = await ReconnectAsync(broker, "sub", version);
            await using var _ = subscriber;
            Assert.True(connAck.SessionPresent);

            await broker.Broker.PublishAsync(Message("sensors/kitchen/temp", "21.5", MqttQualityOfService.AtLeastOnce), Token);

            var publish = await subscriber.ReceiveAsync<MqttPublishPacket>(Token);
            Assert.Equal("21.5", Text(publish));
            Assert.Equal(MqttQualityOfService.AtLeastOnce, publish.QualityOfService);
            if (v5)
            {
                Assert.Equal([42u], publish.SubscriptionIdentifiers!);
            }
        }
    }

    [Theory]
    [InlineData(MqttProtocolVersion.V311)]
    [InlineData(MqttProtocolVersion.V500)]
    public async Task QueuedQos1AndQos2MessagesForAnOfflineSubscriberAreDeliveredInOrderAfterARestart(MqttProtocolVersion version)
    {
        await using (var broker = await StartAsync())
        {
            var subscriber = await RawMqttClient.ConnectAsync(broker.EndPoint, "sub", version, cleanSession: false, sessionExpiry: 300, cancellationToken: Token);
            await subscriber.SubscribeAsync("q/#", MqttQualityOfService.ExactlyOnce, Token);
            await DisconnectAsync(subscriber);

            await using var publisher = await RawMqttClient.ConnectAsync(broker.EndPoint, "pub", cancellationToken: Token);
            for (var i = 1; i <= 6; i++)
            {
                await publisher.PublishAsync("q/" + i, "m" + i, i % 2 == 1 ? MqttQualityOfService.AtLeastOnce : MqttQualityOfService.ExactlyOnce, cancellationToken: Token);
            }

            // QoS 0 messages are not kept for an absent client (§3.1.2.4), with or without a store.
            await publisher.PublishAsync("q/0", "m0", MqttQualityOfService.AtMostOnce, cancellationToken: Token);
        }

        await using (var broker = await StartAsync())
        {
            Assert.Equal(6, broker.Broker.Restored?.QueuedMessages);
            var (subscriber, connAck) = await ReconnectAsync(broker, "sub", version);
            await using var _ = subscriber;
            Assert.True(connAck.SessionPresent);
            var received = new List<MqttPublishPacket>();
            for (var i = 1; i <= 6; i++)
            {
                var publish = await subscriber.ReceiveAsync<MqttPublishPacket>(Token);
                Assert.Equal("m" + i, Text(publish));
                Assert.Equal(i % 2 == 1 ? MqttQualityOfService.AtLeastOnce : MqttQualityOfService.ExactlyOnce, publish.QualityOfService);
                Assert.False(publish.Dup);
                received.Add(publish);
            }

            foreach (var publish in received)
            {
                await AcknowledgeAsync(subscriber, publish);
            }

            Assert.True(await subscriber.ReceivesNothingAsync(TimeSpan.FromMilliseconds(200), Token));
        }

        // Acknowledged deliveries leave the store too.
        await using (var broker = await StartAsync())
        {
            Assert.Equal(0, broker.Broker.Restored?.QueuedMessages);
        }
    }

    [Fact]
    public async Task AMessageMatchingTwoSubscriptionsOfOneSessionIsRestoredTwiceAsItWasQueuedTwice()
    {
        await using (var broker = await StartAsync())
        {
            var subscriber = await RawMqttClient.ConnectAsync(broker.EndPoint, "sub", cleanSession: false, sessionExpiry: 300, cancellationToken: Token);
            await subscriber.SubscribeAsync("t", MqttQualityOfService.AtLeastOnce, Token);
            await subscriber.SubscribeAsync("$share/g/t", MqttQualityOfService.AtLeastOnce, Token);
            await DisconnectAsync(subscriber);
            await broker.Broker.PublishAsync(Message("t", "twice", MqttQualityOfService.AtLeastOnce), Token);
        }

        await using (var broker = await StartAsync())
        {
            Assert.Equal(2, broker.Broker.Restored?.QueuedMessages);
            var (subscriber, _) = await ReconnectAsync(broker, "sub", MqttProtocolVersion.V500);
            await using var __ = subscriber;
            Assert.Equal("twice", Text(await subscriber.ReceiveAsync<MqttPublishPacket>(Token)));
            Assert.Equal("twice", Text(await subscriber.ReceiveAsync<MqttPublishPacket>(Token)));
        }
    }

    [Fact]
    public async Task AnUnacknowledgedQos1IsRedeliveredWithDupAndTheSamePacketIdAfterARestart()
    {
        ushort packetId;
        await using (var broker = await StartAsync())
        {
            var subscriber = await RawMqttClient.ConnectAsync(broker.EndPoint, "sub", cleanSession: false, sessionExpiry: 300, cancellationToken: Token);
            await subscriber.SubscribeAsync("t", MqttQualityOfService.AtLeastOnce, Token);

            // Move the packet ids along, so the redelivery cannot match by luck.
            for (var i = 0; i < 3; i++)
            {
                await broker.Broker.PublishAsync(Message("t", "warm-up", MqttQualityOfService.AtLeastOnce), Token);
                var warmUp = await subscriber.ReceiveAsync<MqttPublishPacket>(Token);
                await subscriber.SendAsync(new MqttPubAckPacket { PacketIdentifier = warmUp.PacketIdentifier }, Token);
            }

            // The broker reads a connection's packets in order: its PINGRESP means it has taken the PUBACKs above. Without
            // this wait a loaded machine could close the broker first, and redelivering a warm-up would then be right.
            await subscriber.SendAsync(MqttPingReqPacket.Instance, Token);
            await subscriber.ReceiveAsync<MqttPingRespPacket>(Token);

            await broker.Broker.PublishAsync(Message("t", "unacknowledged", MqttQualityOfService.AtLeastOnce), Token);
            var publish = await subscriber.ReceiveAsync<MqttPublishPacket>(Token);
            Assert.False(publish.Dup);
            packetId = publish.PacketIdentifier;
            await subscriber.DisposeAsync(); // no PUBACK
        }

        await using (var broker = await StartAsync())
        {
            var (subscriber, connAck) = await ReconnectAsync(broker, "sub", MqttProtocolVersion.V500);
            await using var _ = subscriber;
            Assert.True(connAck.SessionPresent);
            var resent = await subscriber.ReceiveAsync<MqttPublishPacket>(Token);
            Assert.Equal("unacknowledged", Text(resent));
            Assert.True(resent.Dup);
            Assert.Equal(packetId, resent.PacketIdentifier);
            await subscriber.SendAsync(new MqttPubAckPacket { PacketIdentifier = resent.PacketIdentifier }, Token);
            Assert.True(await subscriber.ReceivesNothingAsync(TimeSpan.FromMilliseconds(200), Token));
        }
    }

    [Fact]
    public async Task PubRelIsResentAfterARestartWhenPubRecWasReceived()
    {
        ushort packetId;
        await using (var broker = await StartAsync())
        {
            var subscriber = await RawMqttClient.ConnectAsync(broker.EndPoint, "sub", cleanSession: false, sessionExpiry: 300, cancellationToken: Token);
            await subscriber.SubscribeAsync("t", MqttQualityOfService.ExactlyOnce, Token);
            await broker.Broker.PublishAsync(Message("t", "1", MqttQualityOfService.ExactlyOnce), Token);
            var publish = await subscriber.ReceiveAsync<MqttPublishPacket>(Token);
            packetId = publish.PacketIdentifier;
            await subscriber.SendAsync(new MqttPubRecPacket { PacketIdentifier = packetId }, Token);
            await subscriber.ReceiveAsync<MqttPubRelPacket>(Token);
            await subscriber.DisposeAsync(); // no PUBCOMP
        }

        await using (var broker = await StartAsync())
        {
            var (subscriber, _) = await ReconnectAsync(broker, "sub", MqttProtocolVersion.V500);
            await using var __ = subscriber;
            var pubRel = await subscriber.ReceiveAsync<MqttPubRelPacket>(Token);
            Assert.Equal(packetId, pubRel.PacketIdentifier);
            await subscriber.SendAsync(new MqttPubCompPacket { PacketIdentifier = packetId }, Token);
            Assert.True(await subscriber.ReceivesNothingAsync(TimeSpan.FromMilliseconds(200), Token));
        }
    }

    [Fact]
    public async Task AnInboundQos2PublishResentWithDupAfterARestartIsNotDeliveredTwice()
    {
        var publish = new MqttPublishPacket
        {
            Topic = "t",
            Payload = "once"u8.ToArray(),
            QualityOfService = MqttQualityOfService.ExactlyOnce,
            PacketIdentifier = 7,
        };
        await using (var broker = await StartAsync())
        {
            var subscriber = await RawMqttClient.ConnectAsync(broker.EndPoint, "sub", cleanSession: false, sessionExpiry: 300, cancellationToken: Token);
            await subscriber.SubscribeAsync("t", MqttQualityOfService.AtLeastOnce, Token);
            var publisher = await RawMqttClient.ConnectAsync(broker.EndPoint, "pub", cleanSession: false, sessionExpiry: 300, cancellationToken: Token);
            await publisher.SendAsync(publish, Token);
            Assert.Equal(7, (await publisher.ReceiveAsync<MqttPubRecPacket>(Token)).PacketIdentifier);
            var delivered = await subscriber.ReceiveAsync<MqttPublishPacket>(Token);
            Assert.Equal("once", Text(delivered));
            await subscriber.SendAsync(new MqttPubAckPacket { PacketIdentifier = delivered.PacketIdentifier }, Token);
            await DisconnectAsync(subscriber);
            await publisher.DisposeAsync(); // the connection drops before PUBREL
        }

        await using (var broker = await StartAsync())
        {
            var (subscriber, _) = await ReconnectAsync(broker, "sub", MqttProtocolVersion.V500);
            await using var __ = subscriber;
            var (publisher, connAck) = await ReconnectAsync(broker, "pub", MqttProtocolVersion.V500);
            await using var ___ = publisher;
            Assert.True(connAck.SessionPresent);

            publish.Dup = true;
            await publisher.SendAsync(publish, Token);
            Assert.Equal(7, (await publisher.ReceiveAsync<MqttPubRecPacket>(Token)).PacketIdentifier);
            await publisher.SendAsync(new MqttPubRelPacket { PacketIdentifier = 7 }, Token);
            var pubComp = await publisher.ReceiveAsync<MqttPubCompPacket>(Token);
            Assert.Equal(MqttReasonCode.Success, pubComp.ReasonCode);

            Assert.True(await subscriber.ReceivesNothingAsync(TimeSpan.FromMilliseconds(300), Token), "The duplicate was delivered again.");
        }
    }

    [Fact]
    public async Task ASessionWhoseExpiryPassedWhileTheBrokerWasDownIsGone()
    {
        var clock = new ManualClock();
        await using (var broker = await StartAsync(o => o.TimeProvider = clock))
        {
            var subscriber = await RawMqttClient.ConnectAsync(broker.EndPoint, "short", cleanSession: false, sessionExpiry: 60, cancellationToken: Token);
            await subscriber.SubscribeAsync("t", MqttQualityOfService.AtLeastOnce, Token);
            await DisconnectAsync(subscriber);
            var keeper = await RawMqttClient.ConnectAsync(broker.EndPoint, "long", cleanSession: false, sessionExpiry: 3600, cancellationToken: Token);
            await DisconnectAsync(keeper);
        }

        clock.Advance(TimeSpan.FromSeconds(61));
        await using (var broker = await StartAsync(o => o.TimeProvider = clock))
        {
            Assert.Equal(new MqttBrokerRestoreSummary(1, 1, 0, 0), broker.Broker.Restored);
            Assert.Equal(["long"], broker.Store.LoadState().Sessions.Keys);
            var (gone, goneAck) = await ReconnectAsync(broker, "short", MqttProtocolVersion.V500);
            await using var _ = gone;
            Assert.False(goneAck.SessionPresent);
            var (kept, keptAck) = await ReconnectAsync(broker, "long", MqttProtocolVersion.V500);
            await using var __ = kept;
            Assert.True(keptAck.SessionPresent);
        }
    }

    [Fact]
    public async Task ARestoredSessionStillExpiresAfterTheRestart()
    {
        var clock = new ManualClock();
        await using (var broker = await StartAsync(o => o.TimeProvider = clock))
        {
            var subscriber = await RawMqttClient.ConnectAsync(broker.EndPoint, "sub", cleanSession: false, sessionExpiry: 60, cancellationToken: Token);
            await DisconnectAsync(subscriber);
        }

        await using (var broker = await StartAsync(o => o.TimeProvider = clock))
        {
            Assert.Equal(1, broker.Broker.Restored?.Sessions);
            clock.Advance(TimeSpan.FromSeconds(61));
            await broker.Store.FlushAsync();
            Assert.Empty(broker.Store.LoadState().Sessions);
        }
    }

    [Fact]
    public async Task CleanStartRemovesTheStoredSession()
    {
        await using (var broker = await StartAsync())
        {
            var subscriber = await RawMqttClient.ConnectAsync(broker.EndPoint, "sub", MqttProtocolVersion.V311, cleanSession: false, cancellationToken: Token);
            await subscriber.SubscribeAsync("t", MqttQualityOfService.AtLeastOnce, Token);
            await DisconnectAsync(subscriber);
            Assert.Single(broker.Store.LoadState().Sessions);

            var clean = await RawMqttClient.ConnectAsync(broker.EndPoint, "sub", MqttProtocolVersion.V311, cleanSession: true, cancellationToken: Token);
            Assert.Empty(broker.Store.LoadState().Sessions);
            await DisconnectAsync(clean);
        }

        await using (var broker = await StartAsync())
        {
            Assert.Equal(0, broker.Broker.Restored?.Sessions);
            var (subscriber, connAck) = await ReconnectAsync(broker, "sub", MqttProtocolVersion.V311);
            await using var _ = subscriber;
            Assert.False(connAck.SessionPresent);
        }
    }

    [Fact]
    public async Task PubAckWaitsUntilTheQueuedMessageIsWrittenToTheJournal()
    {
        using var hold = new ManualResetEventSlim(initialState: true);
        var storeOptions = new MqttBrokerStoreOptions { BatchWriting = () => hold.Wait(TimeSpan.FromSeconds(20)) };
        await using var broker = await StartAsync(storeOptions: storeOptions);
        var subscriber = await RawMqttClient.ConnectAsync(broker.EndPoint, "sub", cleanSession: false, sessionExpiry: 300, cancellationToken: Token);
        await subscriber.SubscribeAsync("t", MqttQualityOfService.AtLeastOnce, Token);
        await DisconnectAsync(subscriber);
        await using var publisher = await RawMqttClient.ConnectAsync(broker.EndPoint, "pub", cancellationToken: Token);

        hold.Reset(); // The store's writer now stops before its next write.
        await publisher.SendAsync(new MqttPublishPacket
        {
            Topic = "t",
            Payload = "durable-marker"u8.ToArray(),
            QualityOfService = MqttQualityOfService.AtLeastOnce,
            PacketIdentifier = 1,
        }, Token);
        Assert.True(await publisher.ReceivesNothingAsync(TimeSpan.FromMilliseconds(300), Token), "PUBACK was sent before the store wrote the message.");
        Assert.False(JournalContains("durable-marker"));

        hold.Set();
        var pubAck = await publisher.ReceiveAsync<MqttPubAckPacket>(Token);
        Assert.Equal(1, pubAck.PacketIdentifier);
        Assert.True(JournalContains("durable-marker"), "PUBACK arrived but the journal does not hold the message.");
    }

    [Fact]
    public async Task PipelinedQos1PublishesAreAcknowledgedInOrderAndShareFlushes()
    {
        const int Count = 200;
        await using var broker = await StartAsync();
        var subscriber = await RawMqttClient.ConnectAsync(broker.EndPoint, "sub", cleanSession: false, sessionExpiry: 300, cancellationToken: Token);
        await subscriber.SubscribeAsync("t", MqttQualityOfService.AtLeastOnce, Token);
        await DisconnectAsync(subscriber);
        await using var publisher = await RawMqttClient.ConnectAsync(broker.EndPoint, "pub", cancellationToken: Token);
        var batchesBefore = broker.Store.BatchesWritten;

        for (var i = 1; i <= Count; i++)
        {
            await publisher.SendAsync(new MqttPublishPacket
            {
                Topic = "t",
                Payload = Encoding.UTF8.GetBytes("m" + i),
                QualityOfService = MqttQualityOfService.AtLeastOnce,
                PacketIdentifier = (ushort)i,
            }, Token);
        }

        for (var i = 1; i <= Count; i++)
        {
            Assert.Equal(i, (await publisher.ReceiveAsync<MqttPubAckPacket>(Token)).PacketIdentifier);
        }

        // One flush per PUBLISH would be 200 batches; the reader does not wait for each write.
        Assert.True(broker.Store.BatchesWritten - batchesBefore < Count, $"{broker.Store.BatchesWritten - batchesBefore} batches for {Count} messages.");
        Assert.Equal(Count, broker.Store.LoadState().Sessions["sub"].Queue.Count);
    }

    [Fact]
    public async Task AFailedStoreClosesThePublisherWith0x80InsteadOfAcknowledging()
    {
        var log = new List<MqttBrokerLogEntry>();
        var broker = await StartAsync(o => o.Log = e =>
        {
            lock (log)
            {
                log.Add(e);
            }
        });
        await using var _ = broker;
        var subscriber = await RawMqttClient.ConnectAsync(broker.EndPoint, "sub", cleanSession: false, sessionExpiry: 300, cancellationToken: Token);
        await subscriber.SubscribeAsync("t", MqttQualityOfService.AtLeastOnce, Token);
        await DisconnectAsync(subscriber);
        var publisher = await RawMqttClient.ConnectAsync(broker.EndPoint, "pub", cancellationToken: Token);
        await using var __ = publisher;

        await broker.Store.DisposeAsync(); // every later store call throws
        await publisher.SendAsync(new MqttPublishPacket { Topic = "t", Payload = "x"u8.ToArray(), QualityOfService = MqttQualityOfService.AtLeastOnce, PacketIdentifier = 1 }, Token);

        var packets = await publisher.WaitForCloseAsync(null, Token);
        Assert.DoesNotContain(packets, p => p is MqttPubAckPacket);
        var disconnect = Assert.IsType<MqttDisconnectPacket>(Assert.Single(packets));
        Assert.Equal(MqttReasonCode.UnspecifiedError, disconnect.ReasonCode);
        lock (log)
        {
            Assert.Contains(log, e => e.Level == MqttBrokerLogLevel.Error && e.Message.Contains("store", StringComparison.Ordinal));
        }

        // The broker itself keeps serving.
        await using var other = await RawMqttClient.ConnectAsync(broker.EndPoint, "other", cancellationToken: Token);
        await other.PublishAsync("u", "fine", MqttQualityOfService.AtLeastOnce, cancellationToken: Token);
    }

    private Task<PersistentTestBroker> StartAsync(Action<MqttBrokerOptions>? configure = null, MqttBrokerStoreOptions? storeOptions = null) =>
        PersistentTestBroker.StartAsync(_directory.Path, options =>
        {
            configure?.Invoke(options);
        }, storeOptions);

    private bool JournalContains(string marker)
    {
        var bytes = Encoding.UTF8.GetBytes(marker);
        foreach (var file in Directory.EnumerateFiles(_directory.Path, "journal-*.log"))
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var memory = new MemoryStream();
            stream.CopyTo(memory);
            if (memory.GetBuffer().AsSpan(0, (int)memory.Length).IndexOf(bytes) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static MqttApplicationMessage Message(string topic, string payload, MqttQualityOfService qos) =>
        new() { Topic = topic, Payload = Encoding.UTF8.GetBytes(payload), QualityOfService = qos };

    private static async Task<(RawMqttClient Client, MqttConnAckPacket ConnAck)> ReconnectAsync(PersistentTestBroker broker, string clientId, MqttProtocolVersion version)
    {
        var (client, connAck) = await RawMqttClient.ConnectAsync(broker.EndPoint, new MqttConnectPacket
        {
            ProtocolVersion = version,
            ClientId = clientId,
            CleanSession = false,
            SessionExpiryInterval = version == MqttProtocolVersion.V500 ? 300 : null,
        }, Token);
        Assert.Equal(MqttReasonCode.Success, connAck.ReasonCode);
        return (client, connAck);
    }

    private static async Task AcknowledgeAsync(RawMqttClient client, MqttPublishPacket publish)
    {
        if (publish.QualityOfService == MqttQualityOfService.AtLeastOnce)
        {
            await client.SendAsync(new MqttPubAckPacket { PacketIdentifier = publish.PacketIdentifier }, Token);
        }
        else
        {
            await client.SendAsync(new MqttPubRecPacket { PacketIdentifier = publish.PacketIdentifier }, Token);
            Assert.Equal(publish.PacketIdentifier, (await client.ReceiveAsync<MqttPubRelPacket>(Token)).PacketIdentifier);
            await client.SendAsync(new MqttPubCompPacket { PacketIdentifier = publish.PacketIdentifier }, Token);
        }
    }

    private static async Task DisconnectAsync(RawMqttClient client)
    {
        await client.SendAsync(new MqttDisconnectPacket(), Token);
        await client.WaitForCloseAsync(null, Token);
        await client.DisposeAsync();
    }
}
