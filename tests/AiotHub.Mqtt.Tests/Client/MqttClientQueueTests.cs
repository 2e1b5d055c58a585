using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using AiotHub.Mqtt.Client;
using AiotHub.Mqtt.Protocol;
using AiotHub.Mqtt.Tests.Broker;
using AiotHub.Mqtt.Tests.Infrastructure;

namespace AiotHub.Mqtt.Tests.Client;

/// <summary>The client's bounded queues and their policies, against our broker and mosquitto.</summary>
public sealed class MqttClientQueueTests
{
    public enum Peer
    {
        OurBroker,
        Mosquitto,
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(Peer.OurBroker)]
    [InlineData(Peer.Mosquitto)]
    public async Task WhenTheHandlerFallsBehindTheOldestQoS0MessagesAreDroppedAndCounted(Peer peer)
    {
        var (port, broker) = await StartAsync(peer);
        await using var _ = broker;
        var topic = ClientFactory.UniqueTopic("queue");
        await using var gated = await SubscribeAsync(port, MqttProtocolVersion.V500, topic, MqttQualityOfService.AtMostOnce, limit: 4);
        var (subscriber, received, gate) = (gated.Client, gated.Received, gated.Gate);
        await using var publisher = await ClientFactory.ConnectAsync(port, MqttProtocolVersion.V500);

        await publisher.PublishAsync(ClientFactory.Message(topic, "m0"), Ct);
        await TestBroker.WaitUntilAsync(() => received.Count == 1, "the handler holds m0");
        for (var i = 1; i < 10; i++)
        {
            await publisher.PublishAsync(ClientFactory.Message(topic, $"m{i}"), Ct);
        }

        // m1..m4 fill the queue; m5..m9 each push out the oldest held.
        await TestBroker.WaitUntilAsync(() => subscriber.QueueCounters.InboundDropped == 5, "five QoS 0 messages were dropped");
        Assert.Equal(4, subscriber.QueueCounters.InboundQueued);
        gate.TrySetResult();
        await TestBroker.WaitUntilAsync(() => received.Count == 5, "the queued messages were handled");
        Assert.Equal(["m0", "m6", "m7", "m8", "m9"], received);
        Assert.Equal((0, 5L, 0L), (subscriber.QueueCounters.InboundQueued, subscriber.QueueCounters.InboundDropped, subscriber.QueueCounters.InboundPauses));
    }

    [Theory]
    [InlineData(Peer.OurBroker, MqttProtocolVersion.V311)]
    [InlineData(Peer.Mosquitto, MqttProtocolVersion.V311)]
    [InlineData(Peer.OurBroker, MqttProtocolVersion.V500)]
    [InlineData(Peer.Mosquitto, MqttProtocolVersion.V500)]
    public async Task QoS1MessagesAreNeverDroppedTheServerIsHeldBackUntilTheHandlerCatchesUp(Peer peer, MqttProtocolVersion version)
    {
        var (port, broker) = await StartAsync(peer);
        await using var _ = broker;
        var topic = ClientFactory.UniqueTopic("queue");
        await using var gated = await SubscribeAsync(port, version, topic, MqttQualityOfService.AtLeastOnce, limit: 4);
        var (subscriber, received, gate) = (gated.Client, gated.Received, gated.Gate);
        await using var publisher = await ClientFactory.ConnectAsync(port, version);

        await publisher.PublishAsync(ClientFactory.Message(topic, "m0", MqttQualityOfService.AtLeastOnce), Ct);
        await TestBroker.WaitUntilAsync(() => received.Count == 1, "the handler holds m0");
        for (var i = 1; i < 10; i++)
        {
            Assert.True((await publisher.PublishAsync(ClientFactory.Message(topic, $"m{i}", MqttQualityOfService.AtLeastOnce), Ct)).IsSuccess);
        }

        if (version == MqttProtocolVersion.V311)
        {
            // 3.1.1 has no Receive Maximum: the fifth waiting message stops the reader, and the broker keeps the rest.
            await TestBroker.WaitUntilAsync(() => subscriber.QueueCounters.InboundPauses == 1 && subscriber.QueueCounters.InboundQueued == 4,
                "the reader stopped with the queue full");
        }
        else
        {
            // 5.0: the queue's bound went out as Receive Maximum, so the broker never sends more than it holds (m0 + 3).
            await TestBroker.WaitUntilAsync(() => subscriber.QueueCounters.InboundQueued == 3, "the broker filled the window");
            await Task.Delay(200, Ct);
            Assert.Equal((3, 0L), (subscriber.QueueCounters.InboundQueued, subscriber.QueueCounters.InboundPauses));
        }

        gate.TrySetResult();
        await TestBroker.WaitUntilAsync(() => received.Count == 10, "every message was handled");
        Assert.Equal(Enumerable.Range(0, 10).Select(i => $"m{i}"), received);
        Assert.Equal(0, subscriber.QueueCounters.InboundDropped);
    }

    [Theory]
    [InlineData(Peer.OurBroker)]
    [InlineData(Peer.Mosquitto)]
    public async Task AQoS1MessageWhoseHandlerHasNotFinishedIsNotAcknowledgedAndComesBackAfterAConnectionLoss(Peer peer)
    {
        var (port, broker) = await StartAsync(peer);
        await using var _ = broker;
        var topic = ClientFactory.UniqueTopic("queue");
        var clientId = "queue-" + Guid.NewGuid().ToString("N")[..8];
        void Persistent(MqttClientOptions o) => PersistentSession(o, clientId);

        await using (var gated = await SubscribeAsync(port, MqttProtocolVersion.V500, topic, MqttQualityOfService.AtLeastOnce, limit: 10, Persistent))
        {
            var (first, received, gate) = (gated.Client, gated.Received, gated.Gate);
            await using var publisher = await ClientFactory.ConnectAsync(port, MqttProtocolVersion.V500);
            await publisher.PublishAsync(ClientFactory.Message(topic, "durable?", MqttQualityOfService.AtLeastOnce), Ct);
            await TestBroker.WaitUntilAsync(() => received.Count == 1, "the handler holds the message");

            // The handler has not finished: no PUBACK went out, so the broker still owes the message to the session.
            first.AbortConnection();
            gate.TrySetResult();
        }

        var options = ClientFactory.Options(port, MqttProtocolVersion.V500);
        Persistent(options);
        await using var second = new MqttClient(options);
        var again = new ReceivedMessages(second);
        await second.ConnectAsync(Ct);
        var redelivered = Assert.Single(await again.WaitForTopicAsync(topic));
        Assert.Equal("durable?", redelivered.Text());
    }

    [Theory]
    [InlineData(Peer.OurBroker)]
    [InlineData(Peer.Mosquitto)]
    public async Task OverlappingHandlersTakeTheNextMessagesWhileOneWaitsAndAcknowledgeOnlyInOrder(Peer peer)
    {
        var (port, broker) = await StartAsync(peer);
        await using var _ = broker;
        var topic = ClientFactory.UniqueTopic("overlap");
        var clientId = "overlap-" + Guid.NewGuid().ToString("N")[..8];
        void Persistent(MqttClientOptions o) => PersistentSession(o, clientId);

        var first = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var received = new ConcurrentQueue<string>();
        await using (var subscriber = await ClientFactory.ConnectAsync(port, MqttProtocolVersion.V500, o =>
                     {
                         Persistent(o);
                         o.OverlapHandlerCompletions = true;
                     }))
        {
            // m0's handler returns a task that waits (as a write to disk would); the others complete at once.
            subscriber.MessageReceived = message =>
            {
                received.Enqueue(message.Text());
                return message.Text() == "m0" ? new ValueTask(first.Task) : ValueTask.CompletedTask;
            };
            await subscriber.SubscribeAsync(topic, MqttQualityOfService.AtLeastOnce, Ct);
            await using var publisher = await ClientFactory.ConnectAsync(port, MqttProtocolVersion.V500);
            for (var i = 0; i < 5; i++)
            {
                await publisher.PublishAsync(ClientFactory.Message(topic, $"m{i}", MqttQualityOfService.AtLeastOnce), Ct);
            }

            // Handled while m0's task still waits...
            await TestBroker.WaitUntilAsync(() => received.Count == 5, "the later messages were handed over while m0 waited");
            Assert.Equal(["m0", "m1", "m2", "m3", "m4"], received);
            await Task.Delay(200, Ct);

            // ...but not one acknowledged, since m0 is not (§4.6): after a connection loss the broker sends all five again.
            subscriber.AbortConnection();
            first.TrySetResult();
        }

        var options = ClientFactory.Options(port, MqttProtocolVersion.V500);
        Persistent(options);
        await using var second = new MqttClient(options);
        var again = new ReceivedMessages(second);
        await second.ConnectAsync(Ct);
        Assert.Equal(["m0", "m1", "m2", "m3", "m4"], (await again.WaitForTopicAsync(topic, count: 5)).Select(m => m.Text()));
    }

    [Theory]
    [InlineData(Peer.OurBroker, MqttQualityOfService.AtLeastOnce)]
    [InlineData(Peer.Mosquitto, MqttQualityOfService.AtLeastOnce)]
    [InlineData(Peer.OurBroker, MqttQualityOfService.ExactlyOnce)]
    [InlineData(Peer.Mosquitto, MqttQualityOfService.ExactlyOnce)]
    public async Task AMessageWhoseHandlerFailedIsNotAcknowledgedAndIsHandledAgainAfterTheReconnect(Peer peer, MqttQualityOfService qos)
    {
        var (port, broker) = await StartAsync(peer);
        await using var _ = broker;
        var topic = ClientFactory.UniqueTopic("queue");
        var options = ClientFactory.Options(port, MqttProtocolVersion.V500);
        options.CleanStart = false;
        options.SessionExpiryInterval = 300;
        options.AutoReconnect = true;
        options.ReconnectMinDelay = TimeSpan.FromMilliseconds(50);
        options.ReconnectMaxDelay = TimeSpan.FromMilliseconds(200);
        options.AcknowledgeWhenHandlerFails = false;
        await using var subscriber = new MqttClient(options);
        var attempts = new ConcurrentQueue<string>();
        subscriber.MessageReceived = message =>
        {
            attempts.Enqueue(message.Text());
            // The first attempt fails, as a store that cannot write would.
            return attempts.Count == 1 ? ValueTask.FromException(new IOException("disk full")) : ValueTask.CompletedTask;
        };
        await subscriber.ConnectAsync(Ct);
        await subscriber.SubscribeAsync(topic, qos, Ct);
        await using var publisher = await ClientFactory.ConnectAsync(port, MqttProtocolVersion.V500);

        await publisher.PublishAsync(ClientFactory.Message(topic, "keep me", qos), Ct);

        await TestBroker.WaitUntilAsync(() => attempts.Count >= 2, "the message came again after the failed attempt");
        await Task.Delay(300, Ct);
        Assert.Equal(["keep me", "keep me"], attempts);
    }

    [Theory]
    [InlineData(Peer.OurBroker)]
    [InlineData(Peer.Mosquitto)]
    public async Task APublishWaitsForRoomInAFullOutgoingQueueAndEveryMessageArrives(Peer peer)
    {
        var (port, broker) = await StartAsync(peer);
        await using var _ = broker;
        var topic = ClientFactory.UniqueTopic("queue");
        await using var subscriber = await ClientFactory.ConnectAsync(port, MqttProtocolVersion.V500);
        var received = new ReceivedMessages(subscriber);
        await subscriber.SubscribeAsync(topic, MqttQualityOfService.AtLeastOnce, Ct);
        await using var publisher = await ClientFactory.ConnectAsync(port, MqttProtocolVersion.V500, o => o.OutgoingQueueLimit = 2);

        var results = await Task.WhenAll(Enumerable.Range(0, 50).Select(i =>
            publisher.PublishAsync(ClientFactory.Message(topic, $"m{i}", MqttQualityOfService.AtLeastOnce), Ct)));

        Assert.All(results, r => Assert.True(r.IsSuccess));
        Assert.Equal(50, (await received.WaitForTopicAsync(topic, 50)).Count);
        // A slot is given back as its message's flow ends, just after the caller hears of it.
        await TestBroker.WaitUntilAsync(() => publisher.QueueCounters.OutgoingQueued == 0, "every slot was given back");
        var counters = publisher.QueueCounters;
        Assert.True(counters.OutgoingWaits > 0, "no publish waited");
        Assert.Equal(0, counters.OutgoingTimeouts);
    }

    [Fact]
    public async Task APublishFailsAfterTheTimeoutWhenTheServerNeverAcknowledges()
    {
        // A server that answers CONNECT and then never acknowledges anything: the publishes it holds keep their slots.
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var server = Task.Run(async () =>
        {
            using var socket = await listener.AcceptSocketAsync(Ct);
            var buffer = new byte[1024];
            _ = await socket.ReceiveAsync(buffer, Ct);
            await socket.SendAsync(new byte[] { 0x20, 0x02, 0x00, 0x00 }, Ct);
            while (await socket.ReceiveAsync(buffer, Ct) > 0)
            {
            }
        }, Ct);
        await using var client = await ClientFactory.ConnectAsync(((IPEndPoint)listener.LocalEndpoint).Port, MqttProtocolVersion.V311, o =>
        {
            o.OutgoingQueueLimit = 2;
            o.OutgoingQueueTimeout = TimeSpan.FromMilliseconds(300);
        });
        var held = Enumerable.Range(0, 2).Select(i => client.PublishAsync(ClientFactory.Message("q/held", $"m{i}", MqttQualityOfService.AtLeastOnce), Ct)).ToList();

        var error = await Assert.ThrowsAsync<MqttClientOutgoingQueueFullException>(() =>
            client.PublishAsync(ClientFactory.Message("q/held", "one too many", MqttQualityOfService.AtLeastOnce), Ct));

        Assert.Contains("2 publishes", error.Message, StringComparison.Ordinal);
        Assert.All(held, t => Assert.False(t.IsCompleted));
        Assert.Equal((2, 1L, 1L), (client.QueueCounters.OutgoingQueued, client.QueueCounters.OutgoingWaits, client.QueueCounters.OutgoingTimeouts));

        // Closing the client fails the two it held. Observed here: left alone, their exceptions reach the finalizer,
        // which MqttClientLifetimeTests (running alongside) counts as the client's own unobserved exceptions.
        await client.DisposeAsync();
        foreach (var publish in held)
        {
            await Assert.ThrowsAsync<MqttClientDisconnectedException>(() => publish.WaitAsync(ReceivedMessages.Timeout, Ct));
        }
    }

    private static async Task<(int Port, IAsyncDisposable Broker)> StartAsync(Peer peer)
    {
        if (peer == Peer.Mosquitto)
        {
            var mosquitto = await MosquittoBroker.StartAsync(cancellationToken: Ct);
            return (mosquitto.Port, mosquitto);
        }

        var ours = await TestBroker.StartAsync();
        return (ours.EndPoint.Port, ours);
    }

    /// <summary>A session the broker keeps across a connection loss, so what it owes the client comes again.</summary>
    private static void PersistentSession(MqttClientOptions options, string clientId)
    {
        options.ClientId = clientId;
        options.CleanStart = false;
        options.SessionExpiryInterval = 300;
    }

    /// <summary>A subscriber whose handler records each message and then waits at the gate.</summary>
    private static async Task<GatedSubscriber> SubscribeAsync(
        int port, MqttProtocolVersion version, string topic, MqttQualityOfService qos, int limit, Action<MqttClientOptions>? configure = null)
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var received = new ConcurrentQueue<string>();
        var client = await ClientFactory.ConnectAsync(port, version, o =>
        {
            o.InboundQueueLimit = limit;
            configure?.Invoke(o);
        });
        client.MessageReceived = async message =>
        {
            received.Enqueue(message.Text());
            await gate.Task;
        };
        await client.SubscribeAsync(topic, qos, Ct);
        return new GatedSubscriber(client, received, gate);
    }

    /// <summary>Opens the gate before disposing, so a failed assertion does not leave the handler waiting for ever.</summary>
    private sealed record GatedSubscriber(MqttClient Client, ConcurrentQueue<string> Received, TaskCompletionSource Gate) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            Gate.TrySetResult();
            await Client.DisposeAsync();
        }
    }
}
