using AiotHub.Mqtt.Packets;
using AiotHub.Mqtt.Protocol;
using AiotHub.Mqtt.Tests.Broker;
using FsCheck;
using FsCheck.Fluent;

namespace AiotHub.Mqtt.Tests.Robustness;

/// <summary>
/// The other side of robustness: a well-behaved client is never thrown out. Random sequences of
/// valid packets, sent back to back, get exactly the acknowledgements a model predicts, in order
/// (§4.6: the server acknowledges in the order it received), and exactly the deliveries its own
/// subscriptions call for.
/// </summary>
public sealed class ValidPacketSequenceTests
{
    private static readonly Config Runs = Config.QuickThrowOnFailure.WithMaxTest(100);

    private static readonly Gen<ClientStep> Steps = Gen.OneOf(
        from slot in Gen.Choose(0, 2)
        from qos in Gen.Choose(0, 2)
        select new ClientStep(ClientStepKind.Subscribe, slot, (MqttQualityOfService)qos),
        from slot in Gen.Choose(0, 2)
        select new ClientStep(ClientStepKind.Unsubscribe, slot, MqttQualityOfService.AtMostOnce),
        from slot in Gen.Choose(0, 2)
        from qos in Gen.Choose(0, 2)
        select new ClientStep(ClientStepKind.Publish, slot, (MqttQualityOfService)qos),
        Gen.Constant(new ClientStep(ClientStepKind.PubRel, 0, MqttQualityOfService.AtMostOnce)),
        Gen.Constant(new ClientStep(ClientStepKind.PingReq, 0, MqttQualityOfService.AtMostOnce)));

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(MqttProtocolVersion.V311)]
    [InlineData(MqttProtocolVersion.V500)]
    public async Task RandomValidPacketSequencesAreAnsweredInOrderAndNeverCloseTheConnection(MqttProtocolVersion version)
    {
        await using var broker = await AbusedBroker.StartAsync(version, null, Token);
        var sequences = Gen.Choose(0, 40).SelectMany(n => Gen.ArrayOf(Steps, n));
        var property = Prop.ForAll(Arb.From(sequences), steps => RunAsync(broker, version, steps).GetAwaiter().GetResult());

        // Off the test's synchronization context: the property blocks on network I/O.
        await Task.Run(() => Check.One(Runs, property), Token);
        await broker.AssertStillServingAsync(Token);
    }

    private static async Task RunAsync(AbusedBroker broker, MqttProtocolVersion version, ClientStep[] steps)
    {
        var v5 = version == MqttProtocolVersion.V500;
        var subscriptions = new Dictionary<int, MqttQualityOfService>();
        var pendingPubRel = new Queue<ushort>();
        var packets = new List<MqttPacket>();
        var expected = new List<string>();
        var expectedDeliveries = new List<string>();
        ushort nextId = 0;

        // Topics of this run alone: the previous run's session may still be ending, subscribed, when this one publishes.
        var prefix = Guid.NewGuid().ToString("N") + "/";

        foreach (var step in steps)
        {
            switch (step.Kind)
            {
                case ClientStepKind.Subscribe:
                    packets.Add(new MqttSubscribePacket
                    {
                        PacketIdentifier = ++nextId,
                        TopicFilters = [new MqttTopicFilter { Topic = prefix + ClientStep.Filters[step.Slot], QualityOfService = step.QualityOfService }],
                    });
                    expected.Add($"SubAck {nextId} {(MqttReasonCode)(byte)step.QualityOfService}");
                    subscriptions[step.Slot] = step.QualityOfService;
                    break;
                case ClientStepKind.Unsubscribe:
                    packets.Add(new MqttUnsubscribePacket { PacketIdentifier = ++nextId, TopicFilters = [prefix + ClientStep.Filters[step.Slot]] });
                    var existed = subscriptions.Remove(step.Slot);
                    expected.Add($"UnsubAck {nextId} {(v5 ? (existed ? MqttReasonCode.Success : MqttReasonCode.NoSubscriptionExisted) : "-")}");
                    break;
                case ClientStepKind.Publish:
                    var id = step.QualityOfService == MqttQualityOfService.AtMostOnce ? (ushort)0 : ++nextId;
                    packets.Add(new MqttPublishPacket
                    {
                        Topic = prefix + ClientStep.Topics[step.Slot],
                        Payload = BitConverter.GetBytes(packets.Count),
                        QualityOfService = step.QualityOfService,
                        PacketIdentifier = id,
                    });
                    var delivered = subscriptions.TryGetValue(step.Slot, out var granted);
                    if (delivered)
                    {
                        expectedDeliveries.Add($"{ClientStep.Topics[step.Slot]} QoS {Math.Min((int)step.QualityOfService, (int)granted)}");
                    }

                    // §3.4.2.1: 0x10 tells a 5.0 publisher that nobody received it.
                    var reason = v5 && !delivered ? MqttReasonCode.NoMatchingSubscribers : MqttReasonCode.Success;
                    if (step.QualityOfService == MqttQualityOfService.AtLeastOnce)
                    {
                        expected.Add($"PubAck {id} {reason}");
                    }
                    else if (step.QualityOfService == MqttQualityOfService.ExactlyOnce)
                    {
                        expected.Add($"PubRec {id} {reason}");
                        pendingPubRel.Enqueue(id);
                    }

                    break;
                case ClientStepKind.PubRel when pendingPubRel.TryDequeue(out var releaseId):
                    packets.Add(new MqttPubRelPacket { PacketIdentifier = releaseId });
                    expected.Add($"PubComp {releaseId} {MqttReasonCode.Success}");
                    break;
                default:
                    packets.Add(MqttPingReqPacket.Instance);
                    expected.Add("PingResp");
                    break;
            }
        }

        while (pendingPubRel.TryDequeue(out var releaseId))
        {
            packets.Add(new MqttPubRelPacket { PacketIdentifier = releaseId });
            expected.Add($"PubComp {releaseId} {MqttReasonCode.Success}");
        }

        packets.Add(MqttPingReqPacket.Instance);
        expected.Add("PingResp");

        await using var client = await RawMqttClient.ConnectAsync(broker.EndPoint, "steps-" + Guid.NewGuid().ToString("N"), version,
            cancellationToken: Token);
        var sender = Task.Run(async () =>
        {
            foreach (var packet in packets)
            {
                await client.SendAsync(packet, Token);
            }
        }, Token);

        var responses = new List<string>();
        var deliveries = new List<string>();
        var outboundQoS2 = 0;
        var pubRels = 0;
        while (responses.Count < expected.Count || deliveries.Count < expectedDeliveries.Count || pubRels < outboundQoS2)
        {
            var packet = await client.ReceiveAsync(null, Token);
            switch (packet)
            {
                case MqttPublishPacket publish:
                    deliveries.Add($"{publish.Topic[prefix.Length..]} QoS {(int)publish.QualityOfService}");
                    if (publish.QualityOfService == MqttQualityOfService.AtLeastOnce)
                    {
                        await client.SendAsync(new MqttPubAckPacket { PacketIdentifier = publish.PacketIdentifier }, Token);
                    }
                    else if (publish.QualityOfService == MqttQualityOfService.ExactlyOnce)
                    {
                        outboundQoS2++;
                        await client.SendAsync(new MqttPubRecPacket { PacketIdentifier = publish.PacketIdentifier }, Token);
                    }

                    break;
                case MqttPubRelPacket pubRel:
                    // The broker's side of an outbound QoS 2 flow, not an answer to one of our steps.
                    pubRels++;
                    await client.SendAsync(new MqttPubCompPacket { PacketIdentifier = pubRel.PacketIdentifier }, Token);
                    break;
                default:
                    responses.Add(Describe(packet, v5));
                    break;
            }
        }

        await sender;
        Assert.Equal(expected, responses);
        Assert.Equal(expectedDeliveries, deliveries);
        Assert.True(await client.ReceivesNothingAsync(TimeSpan.FromMilliseconds(20), Token), "an unexpected packet followed");
        Assert.False(client.IsClosed, "the broker closed a well-behaved connection");
        await client.SendAsync(new MqttDisconnectPacket(), Token);
    }

    private static string Describe(MqttPacket packet, bool v5) => packet switch
    {
        MqttSubAckPacket subAck => $"SubAck {subAck.PacketIdentifier} {string.Join(",", subAck.ReasonCodes)}",
        MqttUnsubAckPacket unsubAck => $"UnsubAck {unsubAck.PacketIdentifier} {(v5 ? string.Join(",", unsubAck.ReasonCodes) : "-")}",
        MqttAcknowledgementPacket ack => $"{packet.Type} {ack.PacketIdentifier} {ack.ReasonCode}",
        _ => packet.Type.ToString(),
    };
}
