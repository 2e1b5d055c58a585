using AiotHub.Mqtt.Packets;
using AiotHub.Mqtt.Protocol;

namespace AiotHub.Mqtt.Tests.Formatter;

/// <summary>
/// Valid packets of every type with every field the version carries filled in. Each call builds
/// fresh instances, so tests may mutate them.
/// </summary>
internal static class PacketSamples
{
    public static TheoryData<MqttProtocolVersion, string> All()
    {
        var data = new TheoryData<MqttProtocolVersion, string>();
        foreach (var version in new[] { MqttProtocolVersion.V311, MqttProtocolVersion.V500 })
        {
            foreach (var name in For(version).Keys)
            {
                data.Add(version, name);
            }
        }

        return data;
    }

    public static MqttPacket Get(MqttProtocolVersion version, string name) => For(version)[name]();

    public static Dictionary<string, Func<MqttPacket>> For(MqttProtocolVersion version)
    {
        var v5 = version == MqttProtocolVersion.V500;
        var samples = new Dictionary<string, Func<MqttPacket>>
        {
            ["ConnectMinimal"] = () => new MqttConnectPacket { ProtocolVersion = version, ClientId = "" },
            ["ConnectFull"] = () => Connect(version),
            ["ConnAckAccepted"] = () => new MqttConnAckPacket { SessionPresent = true, ReasonCode = MqttReasonCode.Success },
            ["ConnAckRefused"] = () => new MqttConnAckPacket { ReasonCode = MqttReasonCode.BadUserNameOrPassword },
            ["PublishQoS0"] = () => new MqttPublishPacket { Topic = "home/kitchen/temp", Payload = "21.5"u8.ToArray() },
            ["PublishQoS1Empty"] = () => new MqttPublishPacket
            {
                Topic = "a",
                QualityOfService = MqttQualityOfService.AtLeastOnce,
                PacketIdentifier = 1,
            },
            ["PublishQoS2"] = () => Publish(v5),
            ["PubAck"] = () => new MqttPubAckPacket { PacketIdentifier = 7 },
            ["PubRec"] = () => new MqttPubRecPacket { PacketIdentifier = 0xFFFF },
            ["PubRel"] = () => new MqttPubRelPacket { PacketIdentifier = 0x1234 },
            ["PubComp"] = () => new MqttPubCompPacket { PacketIdentifier = 2 },
            ["Subscribe"] = () => Subscribe(v5),
            ["SubAck"] = () => new MqttSubAckPacket
            {
                PacketIdentifier = 10,
                ReasonCodes = [MqttReasonCode.GrantedQoS0, MqttReasonCode.GrantedQoS1, MqttReasonCode.GrantedQoS2, MqttReasonCode.UnspecifiedError],
                ReasonString = v5 ? "partly granted" : null,
                UserProperties = v5 ? [new("k", "v")] : null,
            },
            ["Unsubscribe"] = () => new MqttUnsubscribePacket
            {
                PacketIdentifier = 11,
                TopicFilters = ["home/#", "+/status", "\u00e9t\u00e9/\U0001F600"],
                UserProperties = v5 ? [new("who", "me"), new("who", "you")] : null,
            },
            ["UnsubAck"] = () => new MqttUnsubAckPacket
            {
                PacketIdentifier = 12,
                ReasonCodes = v5 ? [MqttReasonCode.Success, MqttReasonCode.NoSubscriptionExisted] : [],
                ReasonString = v5 ? "done" : null,
            },
            ["PingReq"] = () => MqttPingReqPacket.Instance,
            ["PingResp"] = () => MqttPingRespPacket.Instance,
            ["Disconnect"] = () => new MqttDisconnectPacket(),
        };

        if (v5)
        {
            samples["ConnAckFull"] = ConnAckFull;
            samples["PublishEmptyTopicWithAlias"] = () => new MqttPublishPacket { Topic = "", TopicAlias = 3, Payload = new byte[] { 0, 1, 2 } };
            samples["PubAckWithReason"] = () => new MqttPubAckPacket { PacketIdentifier = 8, ReasonCode = MqttReasonCode.NoMatchingSubscribers };
            samples["PubRecWithProperties"] = () => new MqttPubRecPacket
            {
                PacketIdentifier = 9,
                ReasonCode = MqttReasonCode.QuotaExceeded,
                ReasonString = "slow down",
                UserProperties = [new("a", "b")],
            };
            samples["PubRelNotFound"] = () => new MqttPubRelPacket { PacketIdentifier = 5, ReasonCode = MqttReasonCode.PacketIdentifierNotFound };
            samples["PubCompWithReasonString"] = () => new MqttPubCompPacket { PacketIdentifier = 6, ReasonString = "ok" };
            samples["DisconnectWithReason"] = () => new MqttDisconnectPacket { ReasonCode = MqttReasonCode.DisconnectWithWillMessage };
            samples["DisconnectFull"] = () => new MqttDisconnectPacket
            {
                ReasonCode = MqttReasonCode.UseAnotherServer,
                SessionExpiryInterval = 0,
                ReasonString = "maintenance",
                ServerReference = "other.example:1883",
                UserProperties = [new("x", "y")],
            };
            samples["AuthShort"] = () => new MqttAuthPacket();
            samples["AuthFull"] = () => new MqttAuthPacket
            {
                ReasonCode = MqttReasonCode.ContinueAuthentication,
                AuthenticationMethod = "SCRAM-SHA-256",
                AuthenticationData = [1, 2, 3, 4],
                ReasonString = "step 2",
                UserProperties = [new("n", "1")],
            };
            samples["AuthReasonOnly"] = () => new MqttAuthPacket { ReasonCode = MqttReasonCode.ReAuthenticate };
        }
        else
        {
            samples["ConnAckNotAuthorized"] = () => new MqttConnAckPacket { ReasonCode = MqttReasonCode.NotAuthorized };
        }

        return samples;
    }

    private static MqttConnectPacket Connect(MqttProtocolVersion version)
    {
        var v5 = version == MqttProtocolVersion.V500;
        return new MqttConnectPacket
        {
            ProtocolVersion = version,
            ClientId = "thermostat-42",
            CleanSession = false,
            KeepAliveSeconds = 60,
            UserName = "user",
            Password = [0xDE, 0xAD, 0x00, 0xBE, 0xEF],
            Will = new MqttWillMessage
            {
                Topic = "devices/thermostat-42/status",
                Payload = "offline"u8.ToArray(),
                QualityOfService = MqttQualityOfService.ExactlyOnce,
                Retain = true,
                WillDelayInterval = v5 ? 30u : null,
                PayloadFormatIndicator = v5 ? (byte)1 : null,
                MessageExpiryInterval = v5 ? 3600u : null,
                ContentType = v5 ? "text/plain" : null,
                ResponseTopic = v5 ? "devices/thermostat-42/reply" : null,
                CorrelationData = v5 ? [9, 8, 7] : null,
                UserProperties = v5 ? [new("will", "yes")] : null,
            },
            SessionExpiryInterval = v5 ? uint.MaxValue : null,
            ReceiveMaximum = v5 ? (ushort)100 : null,
            MaximumPacketSize = v5 ? 1_048_576u : null,
            TopicAliasMaximum = v5 ? (ushort)0 : null,
            RequestResponseInformation = v5 ? true : null,
            RequestProblemInformation = v5 ? false : null,
            AuthenticationMethod = v5 ? "SCRAM-SHA-1" : null,
            AuthenticationData = v5 ? [1, 2] : null,
            UserProperties = v5 ? [new("model", "T-1000"), new("model", "dup names are fine")] : null,
        };
    }

    private static MqttConnAckPacket ConnAckFull() => new()
    {
        SessionPresent = false,
        ReasonCode = MqttReasonCode.Success,
        SessionExpiryInterval = 120,
        ReceiveMaximum = 20,
        MaximumQoS = MqttQualityOfService.AtLeastOnce,
        RetainAvailable = false,
        MaximumPacketSize = 65_536,
        AssignedClientIdentifier = "auto-1f3a",
        TopicAliasMaximum = 10,
        ReasonString = "welcome",
        WildcardSubscriptionAvailable = true,
        SubscriptionIdentifiersAvailable = true,
        SharedSubscriptionAvailable = false,
        ServerKeepAlive = 30,
        ResponseInformation = "replies/",
        ServerReference = "backup:1883",
        AuthenticationMethod = "SCRAM-SHA-1",
        AuthenticationData = [5, 6, 7],
        UserProperties = [new("region", "eu")],
    };

    private static MqttPublishPacket Publish(bool v5) => new()
    {
        Topic = "home/\u00e9t\u00e9/\U0001F321",
        Payload = Enumerable.Range(0, 300).Select(i => (byte)i).ToArray(),
        QualityOfService = MqttQualityOfService.ExactlyOnce,
        PacketIdentifier = 0xBEEF,
        Retain = true,
        Dup = true,
        PayloadFormatIndicator = v5 ? (byte)0 : null,
        MessageExpiryInterval = v5 ? 10u : null,
        TopicAlias = v5 ? (ushort)4 : null,
        ResponseTopic = v5 ? "reply/here" : null,
        CorrelationData = v5 ? [0, 0, 1] : null,
        UserProperties = v5 ? [new("a", "1"), new("b", "")] : null,
        SubscriptionIdentifiers = v5 ? [1, 268_435_455, 128] : null,
        ContentType = v5 ? "application/octet-stream" : null,
    };

    private static MqttSubscribePacket Subscribe(bool v5) => new()
    {
        PacketIdentifier = 3,
        SubscriptionIdentifier = v5 ? 16_384u : null,
        UserProperties = v5 ? [new("s", "t")] : null,
        TopicFilters =
        [
            new MqttTopicFilter { Topic = "home/+/temp", QualityOfService = MqttQualityOfService.AtLeastOnce },
            new MqttTopicFilter
            {
                Topic = "$share/g/alarms/#",
                QualityOfService = MqttQualityOfService.ExactlyOnce,
                NoLocal = v5,
                RetainAsPublished = v5,
                RetainHandling = v5 ? MqttRetainHandling.DoNotSend : MqttRetainHandling.SendAtSubscribe,
            },
            new MqttTopicFilter { Topic = "a", RetainHandling = v5 ? MqttRetainHandling.SendAtSubscribeIfNew : 0 },
        ],
    };
}
