using AiotHub.Mqtt.Protocol;
using AiotHub.Mqtt.Tests.Infrastructure;

namespace AiotHub.Mqtt.Tests.Client;

/// <summary>Our client against mosquitto's own command-line clients on the other side.</summary>
public sealed class MqttClientInteropTests
{
    [Theory]
    [InlineData(MqttProtocolVersion.V311, MqttQualityOfService.AtMostOnce)]
    [InlineData(MqttProtocolVersion.V311, MqttQualityOfService.AtLeastOnce)]
    [InlineData(MqttProtocolVersion.V311, MqttQualityOfService.ExactlyOnce)]
    [InlineData(MqttProtocolVersion.V500, MqttQualityOfService.AtMostOnce)]
    [InlineData(MqttProtocolVersion.V500, MqttQualityOfService.AtLeastOnce)]
    [InlineData(MqttProtocolVersion.V500, MqttQualityOfService.ExactlyOnce)]
    public async Task MosquittoSubReceivesWhatTheClientPublishes(MqttProtocolVersion version, MqttQualityOfService qos)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var broker = await MosquittoBroker.StartAsync(cancellationToken: ct);
        var topic = ClientFactory.UniqueTopic("interop");
        using var subscriber = await MosquittoCommandLine.SubscribeAsync(broker.Port, version, topic, (int)qos, 3, ct);
        await using var client = await ClientFactory.ConnectAsync(broker.Port, version);

        for (var i = 1; i <= 3; i++)
        {
            Assert.True((await client.PublishAsync(ClientFactory.Message(topic, $"hello {i}", qos), ct)).IsSuccess);
        }

        var messages = await subscriber.WaitForMessagesAsync(3, ct);
        Assert.Equal([$"{topic}|{(int)qos}|hello 1", $"{topic}|{(int)qos}|hello 2", $"{topic}|{(int)qos}|hello 3"],
            messages.Select(m => $"{m.Topic}|{m.QoS}|{m.Payload}"));
    }

    [Theory]
    [InlineData(MqttProtocolVersion.V311, MqttQualityOfService.AtMostOnce)]
    [InlineData(MqttProtocolVersion.V311, MqttQualityOfService.AtLeastOnce)]
    [InlineData(MqttProtocolVersion.V311, MqttQualityOfService.ExactlyOnce)]
    [InlineData(MqttProtocolVersion.V500, MqttQualityOfService.AtMostOnce)]
    [InlineData(MqttProtocolVersion.V500, MqttQualityOfService.AtLeastOnce)]
    [InlineData(MqttProtocolVersion.V500, MqttQualityOfService.ExactlyOnce)]
    public async Task ClientReceivesWhatMosquittoPubPublishes(MqttProtocolVersion version, MqttQualityOfService qos)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var broker = await MosquittoBroker.StartAsync(cancellationToken: ct);
        var topic = ClientFactory.UniqueTopic("interop");
        await using var client = await ClientFactory.ConnectAsync(broker.Port, version);
        var received = new ReceivedMessages(client);
        await client.SubscribeAsync(topic + "/#", MqttQualityOfService.ExactlyOnce, ct);

        await MosquittoCommandLine.PublishAsync(broker.Port, version, topic + "/a", "from mosquitto_pub", (int)qos, ct);

        var message = Assert.Single(await received.WaitForTopicAsync(topic + "/a"));
        Assert.Equal("from mosquitto_pub", message.Text());
        Assert.Equal(qos, message.QualityOfService);
    }
}
