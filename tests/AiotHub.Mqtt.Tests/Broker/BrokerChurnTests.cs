using AiotHub.Mqtt.Broker;
using AiotHub.Mqtt.Packets;
using AiotHub.Mqtt.Protocol;

namespace AiotHub.Mqtt.Tests.Broker;

public sealed class BrokerChurnTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ClientsComingAndGoingWhileMessagesFlowCauseNoErrors()
    {
        var errors = new List<MqttBrokerLogEntry>();
        await using var broker = await TestBroker.StartAsync(o =>
        {
            o.MaximumQueuedMessagesPerClient = 50;
            o.Log = entry =>
            {
                if (entry.Level >= MqttBrokerLogLevel.Error)
                {
                    lock (errors)
                    {
                        errors.Add(entry);
                    }
                }
            };
        });

        var random = new Random(42);
        var tasks = new List<Task>();
        for (var i = 0; i < 40; i++)
        {
            var id = i;
            var version = random.Next(2) == 0 ? MqttProtocolVersion.V311 : MqttProtocolVersion.V500;
            var clean = random.Next(2) == 0;
            var abrupt = random.Next(2) == 0;
            var publisher = id % 4 == 0;
            tasks.Add(Task.Run(async () =>
            {
                for (var round = 0; round < 3; round++)
                {
                    var client = await RawMqttClient.ConnectAsync(broker.EndPoint, $"churn-{id}", version, clean, 60, Token);
                    if (publisher)
                    {
                        for (var m = 0; m < 50; m++)
                        {
                            var qos = (MqttQualityOfService)(m % 3);
                            await client.SendAsync(new MqttPublishPacket
                            {
                                Topic = $"churn/{m % 5}/value",
                                Payload = new byte[m],
                                QualityOfService = qos,
                                Retain = m % 10 == 0,
                                PacketIdentifier = qos == MqttQualityOfService.AtMostOnce ? (ushort)0 : (ushort)(m + 1),
                            }, Token);
                        }
                    }
                    else
                    {
                        await client.SendAsync(new MqttSubscribePacket
                        {
                            PacketIdentifier = 1,
                            TopicFilters =
                            [
                                new MqttTopicFilter { Topic = $"churn/{id % 5}/#", QualityOfService = MqttQualityOfService.ExactlyOnce },
                                new MqttTopicFilter { Topic = "$share/g/churn/+/value", QualityOfService = MqttQualityOfService.AtLeastOnce },
                            ],
                        }, Token);
                        await Task.Delay(50, Token);
                    }

                    if (!abrupt)
                    {
                        await client.SendAsync(new MqttDisconnectPacket(), Token);
                    }

                    await client.DisposeAsync();
                }
            }, Token));
        }

        await Task.WhenAll(tasks);
        await TestBroker.WaitUntilAsync(() => broker.Broker.Counters.CurrentConnections == 0, "every churning client is gone");

        await using var healthy = await RawMqttClient.ConnectAsync(broker.EndPoint, "healthy", cancellationToken: Token);
        await healthy.SubscribeAsync("after", MqttQualityOfService.AtLeastOnce, Token);
        await broker.Broker.PublishAsync(new MqttApplicationMessage { Topic = "after", Payload = "ok"u8.ToArray(), QualityOfService = MqttQualityOfService.AtLeastOnce }, Token);
        Assert.Equal("after", (await healthy.ReceiveAsync<MqttPublishPacket>(Token)).Topic);
        lock (errors)
        {
            Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Message} {e.Exception}")));
        }
    }
}
