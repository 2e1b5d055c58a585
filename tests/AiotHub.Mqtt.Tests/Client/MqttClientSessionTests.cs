using AiotHub.Mqtt.Client;
using AiotHub.Mqtt.Packets;
using AiotHub.Mqtt.Protocol;
using AiotHub.Mqtt.Tests.Infrastructure;

namespace AiotHub.Mqtt.Tests.Client;

public sealed class MqttClientSessionTests
{
    [Theory]
    [InlineData(MqttProtocolVersion.V311)]
    [InlineData(MqttProtocolVersion.V500)]
    public async Task WillIsPublishedWhenTheClientConnectionDropsWithoutDisconnect(MqttProtocolVersion version)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var broker = await MosquittoBroker.StartAsync(cancellationToken: ct);
        var willTopic = ClientFactory.UniqueTopic("will");
        await using var watcher = await ClientFactory.ConnectAsync(broker.Port, version);
        var received = new ReceivedMessages(watcher);
        await watcher.SubscribeAsync(willTopic, MqttQualityOfService.AtLeastOnce, ct);
        await using var dying = await ClientFactory.ConnectAsync(broker.Port, version, o => o.Will = new MqttWillMessage
        {
            Topic = willTopic,
            Payload = "gone"u8.ToArray(),
            QualityOfService = MqttQualityOfService.AtLeastOnce,
        });

        dying.AbortConnection();

        var will = Assert.Single(await received.WaitForTopicAsync(willTopic));
        Assert.Equal("gone", will.Text());
    }

    [Fact]
    public async Task WillIsNotPublishedAfterNormalDisconnectButIsWithDisconnectWithWillMessage()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var broker = await MosquittoBroker.StartAsync(cancellationToken: ct);
        var willTopic = ClientFactory.UniqueTopic("will");
        await using var watcher = await ClientFactory.ConnectAsync(broker.Port, MqttProtocolVersion.V500);
        var received = new ReceivedMessages(watcher);
        await watcher.SubscribeAsync(willTopic, MqttQualityOfService.AtLeastOnce, ct);
        void WithWill(MqttClientOptions o) => o.Will = new MqttWillMessage { Topic = willTopic, Payload = "will"u8.ToArray() };

        await using (var polite = await ClientFactory.ConnectAsync(broker.Port, MqttProtocolVersion.V500, WithWill))
        {
            await polite.DisconnectAsync(MqttReasonCode.NormalDisconnection, ct);
        }

        await using (var leaving = await ClientFactory.ConnectAsync(broker.Port, MqttProtocolVersion.V500, WithWill))
        {
            await leaving.DisconnectAsync(MqttReasonCode.DisconnectWithWillMessage, ct);
        }

        await received.WaitForTopicAsync(willTopic);
        await watcher.PublishAsync(ClientFactory.Message(willTopic, "marker", MqttQualityOfService.AtLeastOnce), ct);
        var messages = await received.WaitForTopicAsync(willTopic, 2);
        Assert.Equal(["will", "marker"], messages.Select(m => m.Text()));
    }

    [Theory]
    [InlineData(MqttProtocolVersion.V311)]
    [InlineData(MqttProtocolVersion.V500)]
    public async Task MessagesQueuedAtTheBrokerWhileOfflineArriveAfterReconnectingToThePersistentSession(MqttProtocolVersion version)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var broker = await MosquittoBroker.StartAsync(cancellationToken: ct);
        var topic = ClientFactory.UniqueTopic();
        var options = ClientFactory.Options(broker.Port, version);
        options.CleanStart = false;
        options.SessionExpiryInterval = 300;

        await using (var first = new MqttClient(options))
        {
            Assert.False((await first.ConnectAsync(ct)).IsSessionPresent);
            await first.SubscribeAsync(topic, MqttQualityOfService.ExactlyOnce, ct);
            await first.DisconnectAsync(cancellationToken: ct);
        }

        await using (var publisher = await ClientFactory.ConnectAsync(broker.Port, version))
        {
            await publisher.PublishAsync(ClientFactory.Message(topic, "q1", MqttQualityOfService.AtLeastOnce), ct);
            await publisher.PublishAsync(ClientFactory.Message(topic, "q2", MqttQualityOfService.ExactlyOnce), ct);
            await publisher.PublishAsync(ClientFactory.Message(topic, "q0", MqttQualityOfService.AtMostOnce), ct);
        }

        await using var second = new MqttClient(options);
        var received = new ReceivedMessages(second);
        var result = await second.ConnectAsync(ct);

        Assert.True(result.IsSessionPresent);
        var messages = await received.WaitForTopicAsync(topic, 2);
        Assert.Equal(["q1", "q2"], messages.Take(2).Select(m => m.Text()));
    }

    [Theory]
    [InlineData(MqttProtocolVersion.V311)]
    [InlineData(MqttProtocolVersion.V500)]
    public async Task AfterTheBrokerIsKilledAndRestartedTheClientReconnectsResubscribesAndDeliversWhatWasPublishedOffline(MqttProtocolVersion version)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var broker = await MosquittoBroker.StartAsync(cancellationToken: ct);
        var topic = ClientFactory.UniqueTopic();
        await using var client = await ClientFactory.ConnectAsync(broker.Port, version, AutoReconnect);
        var received = new ReceivedMessages(client);
        var states = new StateRecorder(client);
        await client.SubscribeAsync(topic, MqttQualityOfService.AtLeastOnce, ct);

        await broker.KillAsync(ct);
        await states.WaitForAsync(connected: false);
        var offline = client.PublishAsync(ClientFactory.Message(topic, "while offline", MqttQualityOfService.AtLeastOnce), ct);
        Assert.False(offline.IsCompleted);
        await broker.StartAgainAsync(ct);
        await states.WaitForAsync(connected: true);

        var result = await offline.WaitAsync(ReceivedMessages.Timeout, ct);
        Assert.True(result.IsSuccess);
        var message = Assert.Single(await received.WaitForTopicAsync(topic));
        Assert.Equal("while offline", message.Text());
        Assert.True(client.IsConnected);
    }

    [Theory]
    [InlineData(MqttProtocolVersion.V311, MqttQualityOfService.AtLeastOnce)]
    [InlineData(MqttProtocolVersion.V311, MqttQualityOfService.ExactlyOnce)]
    [InlineData(MqttProtocolVersion.V500, MqttQualityOfService.AtLeastOnce)]
    [InlineData(MqttProtocolVersion.V500, MqttQualityOfService.ExactlyOnce)]
    public async Task UnacknowledgedPublishIsResentAfterTheConnectionDropsAndCompletes(MqttProtocolVersion version, MqttQualityOfService qos)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var broker = await MosquittoBroker.StartAsync(cancellationToken: ct);
        var topic = ClientFactory.UniqueTopic("resume");
        await using var watcher = await ClientFactory.ConnectAsync(broker.Port, version);
        var received = new ReceivedMessages(watcher);
        await watcher.SubscribeAsync(topic, MqttQualityOfService.ExactlyOnce, ct);
        await using var client = await ClientFactory.ConnectAsync(broker.Port, version, o =>
        {
            AutoReconnect(o);
            o.CleanStart = false;
            o.SessionExpiryInterval = 300;
        });
        var states = new StateRecorder(client);

        // A frozen broker acknowledges nothing: the PUBLISH is written and stays in flight.
        await broker.PauseAsync();
        Task<MqttClientPublishResult> publish;
        try
        {
            publish = client.PublishAsync(ClientFactory.Message(topic, "resumed", qos), ct);
            await Task.Delay(300, ct);
            Assert.False(publish.IsCompleted);
            client.AbortConnection();
            await states.WaitForAsync(connected: false);
        }
        finally
        {
            await broker.ResumeAsync();
        }

        var reconnected = await states.WaitForAsync(connected: true);
        Assert.True(reconnected.ConnectResult!.IsSessionPresent);
        Assert.True((await publish.WaitAsync(ReceivedMessages.Timeout, ct)).IsSuccess);
        await received.WaitForTopicAsync(topic);
        if (qos == MqttQualityOfService.ExactlyOnce)
        {
            // §4.3.3: the resent PUBLISH (DUP=1, same id) is not a second message.
            await watcher.SubscribeAsync(topic + "/marker", MqttQualityOfService.AtLeastOnce, ct);
            await watcher.PublishAsync(ClientFactory.Message(topic + "/marker", "m", MqttQualityOfService.AtLeastOnce), ct);
            await received.WaitForTopicAsync(topic + "/marker");
            Assert.Single(received.Snapshot(), m => m.Topic == topic);
        }
    }

    [Theory]
    [InlineData(MqttProtocolVersion.V311)]
    [InlineData(MqttProtocolVersion.V500)]
    public async Task ReceivedQoS2MessageResentAfterAReconnectIsNotDeliveredTwice(MqttProtocolVersion version)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var broker = await MosquittoBroker.StartAsync(cancellationToken: ct);
        var topic = ClientFactory.UniqueTopic("dedup");
        await using var client = await ClientFactory.ConnectAsync(broker.Port, version, o =>
        {
            AutoReconnect(o);
            o.CleanStart = false;
            o.SessionExpiryInterval = 300;
        });
        var states = new StateRecorder(client);
        var inHandler = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var deliveries = new List<string>();
        client.MessageReceived = async message =>
        {
            lock (deliveries)
            {
                deliveries.Add(message.Text());
            }

            if (message.Text() == "once")
            {
                inHandler.TrySetResult();
                await release.Task;
            }
        };
        await client.SubscribeAsync(topic, MqttQualityOfService.ExactlyOnce, ct);
        await using var publisher = await ClientFactory.ConnectAsync(broker.Port, version);
        await publisher.PublishAsync(ClientFactory.Message(topic, "once", MqttQualityOfService.ExactlyOnce), ct);
        await inHandler.Task.WaitAsync(ReceivedMessages.Timeout, ct);

        // No PUBREC went out yet: the broker resends the PUBLISH (DUP=1, same id) on the new connection.
        client.AbortConnection();
        await states.WaitForAsync(connected: false);
        Assert.True((await states.WaitForAsync(connected: true)).ConnectResult!.IsSessionPresent);
        await Task.Delay(300, ct);
        release.TrySetResult();
        await publisher.PublishAsync(ClientFactory.Message(topic, "marker", MqttQualityOfService.ExactlyOnce), ct);

        var deadline = DateTime.UtcNow + ReceivedMessages.Timeout;
        while (DateTime.UtcNow < deadline && !Snapshot().Contains("marker"))
        {
            await Task.Delay(50, ct);
        }

        Assert.Equal(["once", "marker"], Snapshot());

        List<string> Snapshot()
        {
            lock (deliveries)
            {
                return [.. deliveries];
            }
        }
    }

    [Fact]
    public async Task OfflineQueueRefusesNewPublishesWhenFullAndDeliversTheQueuedOnesAfterReconnect()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var broker = await MosquittoBroker.StartAsync(cancellationToken: ct);
        var topic = ClientFactory.UniqueTopic();
        await using var client = await ClientFactory.ConnectAsync(broker.Port, MqttProtocolVersion.V500, o =>
        {
            AutoReconnect(o);
            o.OfflineQueueLimit = 2;
        });
        var received = new ReceivedMessages(client);
        var states = new StateRecorder(client);
        await client.SubscribeAsync(topic, MqttQualityOfService.AtLeastOnce, ct);

        await broker.KillAsync(ct);
        await states.WaitForAsync(connected: false);
        var first = client.PublishAsync(ClientFactory.Message(topic, "1", MqttQualityOfService.AtLeastOnce), ct);
        var second = client.PublishAsync(ClientFactory.Message(topic, "2", MqttQualityOfService.AtMostOnce), ct);
        await Assert.ThrowsAsync<MqttClientOfflineQueueFullException>(
            () => client.PublishAsync(ClientFactory.Message(topic, "3", MqttQualityOfService.AtLeastOnce), ct));

        await broker.StartAgainAsync(ct);
        await Task.WhenAll(first, second).WaitAsync(ReceivedMessages.Timeout, ct);
        var messages = await received.WaitForTopicAsync(topic, 2);
        Assert.Equal(["1", "2"], messages.Select(m => m.Text()));
    }

    [Fact]
    public async Task CancellingAnOfflinePublishRemovesItFromTheQueue()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var broker = await MosquittoBroker.StartAsync(cancellationToken: ct);
        var topic = ClientFactory.UniqueTopic();
        await using var client = await ClientFactory.ConnectAsync(broker.Port, MqttProtocolVersion.V311, o =>
        {
            AutoReconnect(o);
            o.OfflineQueueLimit = 1;
        });
        var received = new ReceivedMessages(client);
        var states = new StateRecorder(client);
        await client.SubscribeAsync(topic, MqttQualityOfService.AtLeastOnce, ct);
        await broker.KillAsync(ct);
        await states.WaitForAsync(connected: false);

        using (var cancel = new CancellationTokenSource())
        {
            var cancelled = client.PublishAsync(ClientFactory.Message(topic, "cancelled", MqttQualityOfService.AtLeastOnce), cancel.Token);
            await cancel.CancelAsync();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);
        }

        // The slot is free again, and the cancelled message never goes out.
        var kept = client.PublishAsync(ClientFactory.Message(topic, "kept", MqttQualityOfService.AtLeastOnce), ct);
        await broker.StartAgainAsync(ct);
        await kept.WaitAsync(ReceivedMessages.Timeout, ct);
        Assert.Equal(["kept"], (await received.WaitForTopicAsync(topic)).Select(m => m.Text()));
    }

    [Fact]
    public async Task PublishWithoutAutoReconnectWhileDisconnectedFailsAtOnce()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var client = new MqttClient(ClientFactory.Options(FreePort.Next(), MqttProtocolVersion.V500));

        await Assert.ThrowsAsync<MqttClientDisconnectedException>(
            () => client.PublishAsync(ClientFactory.Message("a/b", "x", MqttQualityOfService.AtLeastOnce), ct));
    }

    [Theory]
    [InlineData(MqttProtocolVersion.V311)]
    [InlineData(MqttProtocolVersion.V500)]
    public async Task KeepAlivePingsKeepAnIdleConnectionOpenPastOneAndAHalfKeepAlivePeriods(MqttProtocolVersion version)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var broker = await MosquittoBroker.StartAsync(cancellationToken: ct);
        await using var client = await ClientFactory.ConnectAsync(broker.Port, version, o => o.KeepAlive = TimeSpan.FromSeconds(2));
        var states = new StateRecorder(client);
        var received = new ReceivedMessages(client);
        var topic = ClientFactory.UniqueTopic();

        // mosquitto closes a connection silent for 1.5 × keep-alive (§3.1.2.10): 3 s here.
        await Task.Delay(TimeSpan.FromSeconds(5), ct);

        Assert.True(client.IsConnected);
        Assert.Empty(states.Snapshot());
        await client.SubscribeAsync(topic, MqttQualityOfService.AtLeastOnce, ct);
        await client.PublishAsync(ClientFactory.Message(topic, "still here", MqttQualityOfService.AtLeastOnce), ct);
        Assert.Equal("still here", Assert.Single(await received.WaitForTopicAsync(topic)).Text());
    }

    [Fact]
    public async Task ConnectionIsConsideredLostWhenAHungBrokerDoesNotAnswerPings()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var broker = await MosquittoBroker.StartAsync(cancellationToken: ct);
        await using var client = await ClientFactory.ConnectAsync(broker.Port, MqttProtocolVersion.V500, o =>
        {
            o.KeepAlive = TimeSpan.FromSeconds(1);
            o.CommunicationTimeout = TimeSpan.FromSeconds(2);
        });
        var states = new StateRecorder(client);

        await broker.PauseAsync();
        try
        {
            var lost = await states.WaitForAsync(connected: false);
            Assert.IsType<TimeoutException>(lost.Exception);
            Assert.False(client.IsConnected);
        }
        finally
        {
            await broker.ResumeAsync();
        }
    }

    [Fact]
    public async Task KeepAliveAndPingResponseTimeoutRunOnTheConfiguredTimeProvider()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var broker = await MosquittoBroker.StartAsync(cancellationToken: ct);
        var clock = new ManualClock();
        await using var client = await ClientFactory.ConnectAsync(broker.Port, MqttProtocolVersion.V500, o =>
        {
            o.TimeProvider = clock;
            o.KeepAlive = TimeSpan.FromSeconds(60);
            o.CommunicationTimeout = TimeSpan.FromSeconds(10);
        });
        var states = new StateRecorder(client);
        var start = clock.GetUtcNow();
        DateTimeOffset? lostAt = null;
        client.ConnectionStateChanged += (_, e) => lostAt ??= e.IsConnected ? null : clock.GetUtcNow();

        // A frozen broker never answers the PINGREQ sent after 60 simulated seconds of silence.
        await broker.PauseAsync();
        try
        {
            for (var i = 0; i < 200 && client.IsConnected; i++)
            {
                clock.Advance(TimeSpan.FromSeconds(1));
                await Task.Delay(20, ct);
            }

            var lost = await states.WaitForAsync(connected: false);
            Assert.IsType<TimeoutException>(lost.Exception);
            Assert.InRange((lostAt!.Value - start).TotalSeconds, 70, 100);
        }
        finally
        {
            await broker.ResumeAsync();
        }
    }

    [Fact]
    public async Task ReconnectBackoffWaitsOnTheConfiguredTimeProvider()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var broker = await MosquittoBroker.StartAsync(cancellationToken: ct);
        var clock = new ManualClock();
        await using var client = await ClientFactory.ConnectAsync(broker.Port, MqttProtocolVersion.V500, o =>
        {
            o.TimeProvider = clock;
            o.AutoReconnect = true;
            o.ReconnectMinDelay = TimeSpan.FromSeconds(5);
            o.ReconnectMaxDelay = TimeSpan.FromSeconds(20);
        });
        var states = new StateRecorder(client);

        // The first attempt is immediate and fails; the next waits a backoff delay on the clock.
        await broker.KillAsync(ct);
        await states.WaitForAsync(connected: false);
        await Task.Delay(500, ct);
        await broker.StartAgainAsync(ct);
        await Task.Delay(1000, ct);
        Assert.False(client.IsConnected);

        for (var i = 0; i < 100 && !client.IsConnected; i++)
        {
            clock.Advance(TimeSpan.FromSeconds(1));
            await Task.Delay(50, ct);
        }

        await states.WaitForAsync(connected: true);
        Assert.True(client.IsConnected);
    }

    private static void AutoReconnect(MqttClientOptions options)
    {
        options.AutoReconnect = true;
        options.ReconnectMinDelay = TimeSpan.FromMilliseconds(100);
        options.ReconnectMaxDelay = TimeSpan.FromSeconds(1);
    }
}
