using System.Text;
using AiotHub.Mqtt.Broker;
using AiotHub.Mqtt.Packets;
using AiotHub.Mqtt.Protocol;

namespace AiotHub.Mqtt.Tests.Broker;

public sealed class BrokerAuthorizationTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static MqttAcl DevicesOnly() => new(
    [
        new MqttAclRule { Permission = MqttAclPermission.Allow, TopicFilter = "devices/%c/#" },
        new MqttAclRule { Permission = MqttAclPermission.Allow, TopicFilter = "public/#" },
    ]);

    [Fact]
    public async Task AclDeniedV5PublishIsAnsweredWithNotAuthorizedAndNotRouted()
    {
        await using var broker = await TestBroker.StartAsync(o => o.Acl = DevicesOnly());
        await using var watcher = await RawMqttClient.ConnectAsync(broker.EndPoint, "watcher", cancellationToken: Token);
        await watcher.SubscribeAsync("public/#", MqttQualityOfService.AtMostOnce, Token);
        await broker.Broker.PublishAsync(new MqttApplicationMessage { Topic = "public/x", Payload = "seen"u8.ToArray() }, Token);
        await watcher.ReceiveAsync<MqttPublishPacket>(Token);

        await using var client = await RawMqttClient.ConnectAsync(broker.EndPoint, "lamp", cancellationToken: Token);
        await client.SendAsync(new MqttPublishPacket { Topic = "secret/x", QualityOfService = MqttQualityOfService.AtLeastOnce, PacketIdentifier = 1, Payload = "x"u8.ToArray() }, Token);
        Assert.Equal(MqttReasonCode.NotAuthorized, (await client.ReceiveAsync<MqttPubAckPacket>(Token)).ReasonCode);
        await client.SendAsync(new MqttPublishPacket { Topic = "secret/x", QualityOfService = MqttQualityOfService.ExactlyOnce, PacketIdentifier = 2, Payload = "x"u8.ToArray() }, Token);
        Assert.Equal(MqttReasonCode.NotAuthorized, (await client.ReceiveAsync<MqttPubRecPacket>(Token)).ReasonCode);
        await client.PublishAsync("devices/lamp/state", "ok", MqttQualityOfService.AtLeastOnce, cancellationToken: Token);
    }

    [Fact]
    public async Task AclDeniedV311PublishIsAcknowledgedAndSilentlyDropped()
    {
        await using var broker = await TestBroker.StartAsync(o => o.AuthorizePublish = (_, _, topic) => !topic.StartsWith("secret", StringComparison.Ordinal));
        await using var watcher = await RawMqttClient.ConnectAsync(broker.EndPoint, "watcher", cancellationToken: Token);
        await watcher.SubscribeAsync("#", MqttQualityOfService.AtMostOnce, Token);
        await using var client = await RawMqttClient.ConnectAsync(broker.EndPoint, "c", MqttProtocolVersion.V311, cancellationToken: Token);
        await client.PublishAsync("secret/x", "x", MqttQualityOfService.AtLeastOnce, cancellationToken: Token);
        await client.PublishAsync("open/x", "y", MqttQualityOfService.AtLeastOnce, cancellationToken: Token);
        Assert.Equal("open/x", (await watcher.ReceiveAsync<MqttPublishPacket>(Token)).Topic);
    }

    [Theory]
    [InlineData(MqttProtocolVersion.V311, MqttReasonCode.UnspecifiedError)]
    [InlineData(MqttProtocolVersion.V500, MqttReasonCode.NotAuthorized)]
    public async Task ASubscriptionThatCanReceiveNothingTheAclAllowsGetsAFailureCode(MqttProtocolVersion version, MqttReasonCode expected)
    {
        await using var broker = await TestBroker.StartAsync(o => o.Acl = DevicesOnly());
        await using var client = await RawMqttClient.ConnectAsync(broker.EndPoint, "lamp", version, cancellationToken: Token);
        var subAck = await client.SubscribeAsync(new MqttTopicFilter { Topic = "secret/#" }, null, Token);
        Assert.Equal(expected, Assert.Single(subAck.ReasonCodes));
        subAck = await client.SubscribeAsync(new MqttTopicFilter { Topic = "devices/+/state" }, null, Token);
        Assert.Equal(MqttReasonCode.GrantedQoS0, Assert.Single(subAck.ReasonCodes));
        subAck = await client.SubscribeAsync(new MqttTopicFilter { Topic = "devices/lamp/#", QualityOfService = MqttQualityOfService.AtLeastOnce }, null, Token);
        Assert.Equal(MqttReasonCode.GrantedQoS1, Assert.Single(subAck.ReasonCodes));
    }

    [Fact]
    public async Task AuthorizeSubscribeCallbackSeesUserAndClient()
    {
        var seen = new List<string>();
        await using var broker = await TestBroker.StartAsync(o => o.AuthorizeSubscribe = (user, clientId, filter) =>
        {
            lock (seen)
            {
                seen.Add($"{user}|{clientId}|{filter}");
            }

            return filter != "forbidden";
        });
        var (client, _) = await RawMqttClient.ConnectAsync(broker.EndPoint, new MqttConnectPacket { ClientId = "c", UserName = "bob" }, Token);
        await using var __ = client;
        var subAck = await client.SubscribeAsync(new MqttTopicFilter { Topic = "forbidden" }, null, Token);
        Assert.Equal(MqttReasonCode.NotAuthorized, Assert.Single(subAck.ReasonCodes));
        Assert.Contains("bob|c|forbidden", seen);
    }

    [Theory]
    [InlineData(MqttProtocolVersion.V311, MqttReasonCode.UnspecifiedError)]
    [InlineData(MqttProtocolVersion.V500, MqttReasonCode.TopicFilterInvalid)]
    public async Task InvalidFilterGetsAFailureCodeAndTheOthersAreGranted(MqttProtocolVersion version, MqttReasonCode expected)
    {
        await using var broker = await TestBroker.StartAsync();
        await using var client = await RawMqttClient.ConnectAsync(broker.EndPoint, "c", version, cancellationToken: Token);
        await client.SendAsync(new MqttSubscribePacket
        {
            PacketIdentifier = 5,
            TopicFilters = [new MqttTopicFilter { Topic = "a/#/b" }, new MqttTopicFilter { Topic = "ok", QualityOfService = MqttQualityOfService.ExactlyOnce }],
        }, Token);
        var subAck = await client.ReceiveAsync<MqttSubAckPacket>(Token);
        Assert.Equal([expected, MqttReasonCode.GrantedQoS2], subAck.ReasonCodes);
    }

    [Fact]
    public async Task UnsubscribeReportsWhetherTheSubscriptionExisted()
    {
        await using var broker = await TestBroker.StartAsync();
        await using var client = await RawMqttClient.ConnectAsync(broker.EndPoint, "c", cancellationToken: Token);
        await client.SubscribeAsync("a", MqttQualityOfService.AtMostOnce, Token);
        await client.SendAsync(new MqttUnsubscribePacket { PacketIdentifier = 3, TopicFilters = ["a", "b"] }, Token);
        var unsubAck = await client.ReceiveAsync<MqttUnsubAckPacket>(Token);
        Assert.Equal(3, unsubAck.PacketIdentifier);
        Assert.Equal([MqttReasonCode.Success, MqttReasonCode.NoSubscriptionExisted], unsubAck.ReasonCodes);
        await broker.Broker.PublishAsync(new MqttApplicationMessage { Topic = "a", Payload = "x"u8.ToArray() }, Token);
        Assert.True(await client.ReceivesNothingAsync(TimeSpan.FromMilliseconds(300), Token));
    }

    [Fact]
    public async Task InProcessPublishReachesSubscribersAndCountsAsIncoming()
    {
        await using var broker = await TestBroker.StartAsync();
        await using var client = await RawMqttClient.ConnectAsync(broker.EndPoint, "c", MqttProtocolVersion.V311, cancellationToken: Token);
        await client.SubscribeAsync("hub/#", MqttQualityOfService.AtLeastOnce, Token);
        await broker.Broker.PublishAsync(new MqttApplicationMessage { Topic = "hub/started", Payload = "yes"u8.ToArray(), QualityOfService = MqttQualityOfService.AtLeastOnce }, Token);
        var publish = await client.ReceiveAsync<MqttPublishPacket>(Token);
        Assert.Equal("yes", Encoding.UTF8.GetString(publish.Payload.Span));
        Assert.Equal(1, broker.Broker.Counters.MessagesIn);
        await Assert.ThrowsAsync<ArgumentException>(async () =>
            await broker.Broker.PublishAsync(new MqttApplicationMessage { Topic = "bad/#" }, Token));
    }
}
