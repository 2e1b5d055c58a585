using System.Buffers;
using System.Buffers.Binary;
using AiotHub.Mqtt.Broker;
using AiotHub.Mqtt.Formatter;
using AiotHub.Mqtt.Packets;
using AiotHub.Mqtt.Protocol;

namespace AiotHub.Mqtt.Tests.Broker;

/// <summary>
/// The broker under overload (docs/mqtt-protocol.md, "Queues and overload"): a slow subscriber loses QoS 0 messages for
/// itself alone, counted; QoS 1 is never dropped but slows the publisher down (backpressure); a flooding publisher
/// cannot keep another client's message from being delivered. Assertions are on counts and order, not on timing.
/// </summary>
public sealed class BrokerOverloadTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static byte[] Numbered(int i, int size)
    {
        var payload = new byte[size];
        BinaryPrimitives.WriteInt32BigEndian(payload, i);
        return payload;
    }

    private static int Number(MqttPublishPacket publish) => BinaryPrimitives.ReadInt32BigEndian(publish.Payload.Span);

    /// <summary>QoS 0 PUBLISH packets numbered <paramref name="first"/>.. encoded back to back, to send in one write.</summary>
    private static ReadOnlyMemory<byte> Publishes(string topic, int first, int count, int size)
    {
        var bytes = new ArrayBufferWriter<byte>();
        for (var i = first; i < first + count; i++)
        {
            MqttPacketWriter.Write(bytes, new MqttPublishPacket { Topic = topic, Payload = Numbered(i, size) }, MqttProtocolVersion.V500);
        }

        return bytes.WrittenMemory;
    }

    [Fact]
    public async Task ASubscriberThatStopsReadingLosesQoS0MessagesForItselfAloneCountedWhileAnotherSubscriberGetsEveryOneInOrder()
    {
        const int Bound = 100;
        const int Count = 20_000;
        await using var broker = await TestBroker.StartAsync(o =>
        {
            o.MaximumQueuedMessagesPerClient = Bound;
            o.QueueFullPolicy = MqttQueueFullPolicy.DropOldest;
        });
        using var stalled = await StalledMqttClient.ConnectAsync(broker, "stalled", "flood", MqttQualityOfService.AtMostOnce, Token);
        await using var reader = await RawMqttClient.ConnectAsync(broker.EndPoint, "reader", cancellationToken: Token);
        await reader.SubscribeAsync("flood", MqttQualityOfService.AtMostOnce, Token);
        await using var publisher = await RawMqttClient.ConnectAsync(broker.EndPoint, "publisher", cancellationToken: Token);

        // 20 MB of QoS 0 messages: far more than the stalled client's socket buffers hold.
        for (var i = 0; i < Count; i += 1000)
        {
            await publisher.SendRawAsync(Publishes("flood", i, 1000, 1000), Token);
        }

        for (var expected = 0; expected < Count; expected++)
        {
            Assert.Equal(expected, Number(await reader.ReceiveAsync<MqttPublishPacket>(Token)));
        }

        var counters = broker.Broker.Counters;
        Assert.True(counters.MessagesDroppedSlowSubscriber > 0, "the stalled subscriber's messages are dropped and counted");
        Assert.Equal(0, counters.MessagesDroppedQueueFull);
        Assert.Equal(0, counters.SlowSubscribersDisconnected);
        Assert.InRange(counters.QueuedMessages, 0, Bound + 1);
        Assert.Equal(0, counters.PublishersPaused);

        // The publisher was never held up for good: it is still served.
        await publisher.PublishAsync("other", "still here", MqttQualityOfService.AtLeastOnce, cancellationToken: Token);
    }

    [Fact]
    public async Task AQoS1FloodIntoASlowSubscriberHoldsThePublishersAcknowledgementsBackLosesNothingAndKeepsTheQueueBounded()
    {
        const int Bound = 20;
        const int Window = 5;
        const int Count = 90; // Below the broker's Receive Maximum (100): the publisher may send them all unacknowledged.
        await using var broker = await TestBroker.StartAsync(o =>
        {
            o.MaximumQueuedMessagesPerClient = Bound;
            o.SlowSubscriberTimeout = TimeSpan.FromMinutes(5);
        });
        var (subscriber, _) = await RawMqttClient.ConnectAsync(broker.EndPoint,
            new MqttConnectPacket { ClientId = "slow", ReceiveMaximum = Window }, Token);
        await using var __ = subscriber;
        await subscriber.SubscribeAsync("readings", MqttQualityOfService.AtLeastOnce, Token);
        await using var publisher = await RawMqttClient.ConnectAsync(broker.EndPoint, "sensor", cancellationToken: Token);

        for (var i = 0; i < Count; i++)
        {
            await publisher.SendAsync(new MqttPublishPacket
            {
                Topic = "readings", Payload = Numbered(i, 16), QualityOfService = MqttQualityOfService.AtLeastOnce, PacketIdentifier = (ushort)(i + 1),
            }, Token);
        }

        // The subscriber acknowledges nothing yet: its window and queue fill and the broker stops reading the publisher.
        var counters = broker.Broker.Counters;
        var received = new List<MqttPublishPacket>();
        for (var i = 0; i < Window; i++)
        {
            received.Add(await subscriber.ReceiveAsync<MqttPublishPacket>(Token));
        }

        await TestBroker.WaitUntilAsync(() => counters.PublishersPaused == 1 && counters.QueuedMessages >= Bound, "the publisher is paused with the queue full");
        var handled = (int)counters.MessagesIn; // Each handled PUBLISH was acknowledged before the pause; no more are read.
        var acknowledged = new List<ushort>();
        while (acknowledged.Count < handled)
        {
            acknowledged.Add((await publisher.ReceiveAsync<MqttPubAckPacket>(Token)).PacketIdentifier);
        }

        Assert.True(await publisher.ReceivesNothingAsync(TimeSpan.FromMilliseconds(200), Token), "no PUBACK while the publisher is paused");
        Assert.InRange(acknowledged.Count, 1, Window + Bound + 1);
        Assert.InRange(counters.QueuedMessages, 0, Bound + 1);

        // Now it reads and acknowledges: every message arrives once, in order, and every one is acknowledged.
        Assert.True(await subscriber.ReceivesNothingAsync(TimeSpan.FromMilliseconds(200), Token), "no more than its window in flight");
        for (var expected = 0; expected < Count; expected++)
        {
            var publish = expected < received.Count ? received[expected] : await subscriber.ReceiveAsync<MqttPublishPacket>(Token);
            Assert.Equal(expected, Number(publish));
            Assert.False(publish.Dup);
            await subscriber.SendAsync(new MqttPubAckPacket { PacketIdentifier = publish.PacketIdentifier }, Token);
        }

        while (acknowledged.Count < Count)
        {
            acknowledged.Add((await publisher.ReceiveAsync<MqttPubAckPacket>(Token)).PacketIdentifier);
        }

        Assert.Equal(Enumerable.Range(1, Count).Select(i => (ushort)i), acknowledged);
        Assert.True(await subscriber.ReceivesNothingAsync(TimeSpan.FromMilliseconds(200), Token), "each message once");
        Assert.Equal(0, counters.MessagesDropped);
        Assert.True(counters.PublisherPauses >= 1, "paused at least once");
        Assert.Equal(0, counters.PublishersPaused);
        Assert.Equal(0, counters.QueuedMessages);
    }

    [Fact]
    public async Task ASubscriberThatNeverAcknowledgesIsDisconnectedAfterTheSlowSubscriberTimeoutAndThePublisherGoesOn()
    {
        await using var broker = await TestBroker.StartAsync(o =>
        {
            o.MaximumQueuedMessagesPerClient = 2;
            o.SlowSubscriberTimeout = TimeSpan.FromSeconds(1);
        });
        var (subscriber, _) = await RawMqttClient.ConnectAsync(broker.EndPoint,
            new MqttConnectPacket { ClientId = "hung", ReceiveMaximum = 1 }, Token);
        await using var __ = subscriber;
        await subscriber.SubscribeAsync("readings", MqttQualityOfService.AtLeastOnce, Token);
        await using var publisher = await RawMqttClient.ConnectAsync(broker.EndPoint, "sensor", cancellationToken: Token);
        for (ushort id = 1; id <= 5; id++)
        {
            await publisher.SendAsync(new MqttPublishPacket
            {
                Topic = "readings", Payload = Numbered(id, 4), QualityOfService = MqttQualityOfService.AtLeastOnce, PacketIdentifier = id,
            }, Token);
        }

        var packets = await subscriber.WaitForCloseAsync(TimeSpan.FromSeconds(30), Token);
        Assert.Equal(MqttReasonCode.QuotaExceeded, Assert.IsType<MqttDisconnectPacket>(packets[^1]).ReasonCode);
        Assert.Equal(1, broker.Broker.Counters.SlowSubscribersDisconnected);
        for (ushort id = 1; id <= 5; id++)
        {
            Assert.Equal(id, (await publisher.ReceiveAsync<MqttPubAckPacket>(Token)).PacketIdentifier);
        }

        await publisher.PublishAsync("readings", "after", MqttQualityOfService.AtLeastOnce, cancellationToken: Token);
    }

    [Fact]
    public async Task PublishersFloodingTheBrokerCannotKeepAnotherClientsMessagesFromBeingDelivered()
    {
        await using var broker = await TestBroker.StartAsync();
        using var stalled = await StalledMqttClient.ConnectAsync(broker, "stalled", "flood/#", MqttQualityOfService.AtMostOnce, Token);
        await using var hub = await RawMqttClient.ConnectAsync(broker.EndPoint, "hub", cancellationToken: Token);
        await hub.SubscribeAsync("alarm", MqttQualityOfService.AtLeastOnce, Token);
        await using var sensor = await RawMqttClient.ConnectAsync(broker.EndPoint, "sensor", cancellationToken: Token);

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(Token);
        var flooders = new List<RawMqttClient>();
        for (var i = 0; i < 4; i++)
        {
            flooders.Add(await RawMqttClient.ConnectAsync(broker.EndPoint, $"flooder-{i}", cancellationToken: Token));
        }

        var floods = flooders.Select((flooder, i) => Task.Run(async () =>
        {
            var batch = Publishes($"flood/{i}", 0, 500, 16);
            try
            {
                while (!stop.IsCancellationRequested)
                {
                    await flooder.SendRawAsync(batch, stop.Token);
                }
            }
            catch (OperationCanceledException)
            {
            }
        }, Token)).ToArray();

        try
        {
            // Under way: the stalled subscriber's socket is full and its QoS 0 messages are being dropped.
            await TestBroker.WaitUntilAsync(() => broker.Broker.Counters.MessagesDroppedSlowSubscriber > 0, "the flood overruns the stalled subscriber");
            for (var i = 0; i < 10; i++)
            {
                await sensor.PublishAsync("alarm", $"alarm {i}", MqttQualityOfService.AtLeastOnce, cancellationToken: Token);
            }

            for (var i = 0; i < 10; i++)
            {
                var publish = await hub.ReceiveAsync<MqttPublishPacket>(Token);
                Assert.Equal($"alarm {i}", System.Text.Encoding.UTF8.GetString(publish.Payload.Span));
                await hub.SendAsync(new MqttPubAckPacket { PacketIdentifier = publish.PacketIdentifier }, Token);
            }

            Assert.Equal(0, broker.Broker.Counters.MessagesDroppedQueueFull);
        }
        finally
        {
            await stop.CancelAsync();
            await Task.WhenAll(floods);
            foreach (var flooder in flooders)
            {
                await flooder.DisposeAsync();
            }
        }
    }
}
