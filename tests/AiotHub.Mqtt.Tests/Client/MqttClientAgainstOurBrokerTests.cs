using System.Net;
using AiotHub.Mqtt.Broker;
using AiotHub.Mqtt.Client;
using AiotHub.Mqtt.Protocol;

namespace AiotHub.Mqtt.Tests.Client;

/// <summary>The same client scenarios against our own <see cref="MqttBroker"/> on 127.0.0.1, port 0.</summary>
public sealed class MqttClientAgainstOurBrokerTests
{
    [Theory]
    [InlineData(MqttProtocolVersion.V311, MqttQualityOfService.AtMostOnce)]
    [InlineData(MqttProtocolVersion.V311, MqttQualityOfService.AtLeastOnce)]
    [InlineData(MqttProtocolVersion.V311, MqttQualityOfService.ExactlyOnce)]
    [InlineData(MqttProtocolVersion.V500, MqttQualityOfService.AtMostOnce)]
    [InlineData(MqttProtocolVersion.V500, MqttQualityOfService.AtLeastOnce)]
    [InlineData(MqttProtocolVersion.V500, MqttQualityOfService.ExactlyOnce)]
    public async Task MessagePublishedToOwnSubscriptionComesBackWithItsQoS(MqttProtocolVersion version, MqttQualityOfService qos)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var broker = await StartBrokerAsync(0);
        await using var client = await ClientFactory.ConnectAsync(Port(broker), version);
        var received = new ReceivedMessages(client);
        var topic = ClientFactory.UniqueTopic();
        Assert.Equal([(MqttReasonCode)qos], (await client.SubscribeAsync(topic, qos, ct)).ReasonCodes);

        for (var i = 0; i < 5; i++)
        {
            Assert.True((await client.PublishAsync(ClientFactory.Message(topic, $"m{i}", qos), ct)).IsSuccess);
        }

        var messages = await received.WaitForTopicAsync(topic, 5);
        Assert.Equal(["m0", "m1", "m2", "m3", "m4"], messages.Select(m => m.Text()));
        Assert.All(messages, m => Assert.Equal(qos, m.QualityOfService));
    }

    [Fact]
    public async Task V500TopicAliasesSentByTheBrokerAreResolved()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var broker = await StartBrokerAsync(0);
        await using var client = await ClientFactory.ConnectAsync(Port(broker), MqttProtocolVersion.V500, o => o.TopicAliasMaximum = 4);
        var received = new ReceivedMessages(client);
        var topic = ClientFactory.UniqueTopic("alias");
        await client.SubscribeAsync(topic + "/#", MqttQualityOfService.AtLeastOnce, ct);

        for (var i = 0; i < 24; i++)
        {
            await client.PublishAsync(ClientFactory.Message($"{topic}/{i % 6}", $"{i}", MqttQualityOfService.AtLeastOnce), ct);
        }

        var messages = await received.WaitForAsync(24, m => m.Topic.StartsWith(topic, StringComparison.Ordinal));
        Assert.Equal(Enumerable.Range(0, 24).Select(i => $"{topic}/{i % 6}={i}"), messages.Select(m => $"{m.Topic}={m.Text()}"));
    }

    [Theory]
    [InlineData(MqttProtocolVersion.V311)]
    [InlineData(MqttProtocolVersion.V500)]
    public async Task MessagesQueuedWhileOfflineArriveAfterReconnectingToThePersistentSession(MqttProtocolVersion version)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var broker = await StartBrokerAsync(0);
        var topic = ClientFactory.UniqueTopic();
        var options = ClientFactory.Options(Port(broker), version);
        options.CleanStart = false;
        options.SessionExpiryInterval = 300;
        await using (var first = new MqttClient(options))
        {
            await first.ConnectAsync(ct);
            await first.SubscribeAsync(topic, MqttQualityOfService.ExactlyOnce, ct);
            await first.DisconnectAsync(cancellationToken: ct);
        }

        await using (var publisher = await ClientFactory.ConnectAsync(Port(broker), version))
        {
            await publisher.PublishAsync(ClientFactory.Message(topic, "q1", MqttQualityOfService.AtLeastOnce), ct);
            await publisher.PublishAsync(ClientFactory.Message(topic, "q2", MqttQualityOfService.ExactlyOnce), ct);
        }

        await using var second = new MqttClient(options);
        var received = new ReceivedMessages(second);
        Assert.True((await second.ConnectAsync(ct)).IsSessionPresent);
        Assert.Equal(["q1", "q2"], (await received.WaitForTopicAsync(topic, 2)).Select(m => m.Text()));
    }

    [Fact]
    public async Task V500ManyConcurrentPublishesRespectTheBrokersReceiveMaximum()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var broker = await StartBrokerAsync(0, o => o.ReceiveMaximum = 2);
        var topic = ClientFactory.UniqueTopic("window");
        await using var client = new MqttClient(ClientFactory.Options(Port(broker), MqttProtocolVersion.V500));
        Assert.Equal(2, (await client.ConnectAsync(ct)).ReceiveMaximum);
        var received = new ReceivedMessages(client);
        var states = new StateRecorder(client);
        await client.SubscribeAsync(topic, MqttQualityOfService.AtLeastOnce, ct);

        var results = await Task.WhenAll(Enumerable.Range(0, 40)
            .Select(i => client.PublishAsync(ClientFactory.Message(topic, $"{i}", MqttQualityOfService.AtLeastOnce), ct)))
            .WaitAsync(TimeSpan.FromSeconds(30), ct);

        Assert.All(results, r => Assert.True(r.IsSuccess));
        Assert.Equal(Enumerable.Range(0, 40).Select(i => $"{i}"), (await received.WaitForTopicAsync(topic, 40)).Select(m => m.Text()));
        Assert.Empty(states.Snapshot());
    }

    [Theory]
    [InlineData(MqttProtocolVersion.V311)]
    [InlineData(MqttProtocolVersion.V500)]
    public async Task AfterTheBrokerStopsAndANewOneStartsOnThePortTheClientReconnectsAndResubscribes(MqttProtocolVersion version)
    {
        var ct = TestContext.Current.CancellationToken;
        var broker = await StartBrokerAsync(0);
        var port = Port(broker);
        var topic = ClientFactory.UniqueTopic();
        await using var client = await ClientFactory.ConnectAsync(port, version, o =>
        {
            o.AutoReconnect = true;
            o.ReconnectMinDelay = TimeSpan.FromMilliseconds(100);
            o.ReconnectMaxDelay = TimeSpan.FromSeconds(1);
        });
        var received = new ReceivedMessages(client);
        var states = new StateRecorder(client);
        await client.SubscribeAsync(topic, MqttQualityOfService.AtLeastOnce, ct);

        await broker.DisposeAsync();
        await states.WaitForAsync(connected: false);
        var offline = client.PublishAsync(ClientFactory.Message(topic, "while offline", MqttQualityOfService.AtLeastOnce), ct);
        await using var restarted = await StartBrokerAsync(port);
        await states.WaitForAsync(connected: true);

        Assert.True((await offline.WaitAsync(ReceivedMessages.Timeout, ct)).IsSuccess);
        Assert.Equal("while offline", Assert.Single(await received.WaitForTopicAsync(topic)).Text());
    }

    private static int Port(MqttBroker broker) => broker.LocalEndPoints[0].Port;

    private static async Task<MqttBroker> StartBrokerAsync(int port, Action<MqttBrokerOptions>? configure = null)
    {
        var options = new MqttBrokerOptions { Address = IPAddress.Loopback, Port = port };
        configure?.Invoke(options);
        var broker = new MqttBroker(options);
        try
        {
            await broker.StartAsync(TestContext.Current.CancellationToken);
            return broker;
        }
        catch
        {
            await broker.DisposeAsync();
            throw;
        }
    }
}
