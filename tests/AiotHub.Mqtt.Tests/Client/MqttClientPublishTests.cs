using AiotHub.Mqtt.Client;
using AiotHub.Mqtt.Protocol;
using AiotHub.Mqtt.Tests.Infrastructure;

namespace AiotHub.Mqtt.Tests.Client;

public sealed class MqttClientPublishTests
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
        await using var broker = await MosquittoBroker.StartAsync(cancellationToken: ct);
        await using var client = await ClientFactory.ConnectAsync(broker.Port, version);
        var received = new ReceivedMessages(client);
        var topic = ClientFactory.UniqueTopic();

        var subscribe = await client.SubscribeAsync(topic, qos, ct);
        Assert.Equal([(MqttReasonCode)qos], subscribe.ReasonCodes);

        for (var i = 0; i < 5; i++)
        {
            var result = await client.PublishAsync(ClientFactory.Message(topic, $"m{i}", qos), ct);
            Assert.True(result.IsSuccess, result.ReasonCode.ToString());
            Assert.Equal(qos, result.QualityOfService);
            Assert.Equal(qos == MqttQualityOfService.AtMostOnce, result.PacketIdentifier is null);
        }

        var messages = await received.WaitForTopicAsync(topic, 5);
        Assert.Equal(["m0", "m1", "m2", "m3", "m4"], messages.Select(m => m.Text()));
        Assert.All(messages, m => Assert.Equal(qos, m.QualityOfService));
    }
}
