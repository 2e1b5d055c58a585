using AiotHub.Mqtt.Packets;
using AiotHub.Mqtt.Protocol;

namespace AiotHub.Mqtt;

/// <summary>
/// An application message as publishers and subscribers see it, independent of packet ids,
/// DUP flags and topic aliases (MQTT 5.0 §1.2 "Application Message").
/// </summary>
public sealed class MqttApplicationMessage
{
    public string Topic { get; set; } = string.Empty;
    public ReadOnlyMemory<byte> Payload { get; set; }
    public MqttQualityOfService QualityOfService { get; set; }
    public bool Retain { get; set; }

    // MQTT 5.0 properties carried end to end (§3.3.2.3).
    public byte? PayloadFormatIndicator { get; set; }
    public uint? MessageExpiryInterval { get; set; }
    public string? ContentType { get; set; }
    public string? ResponseTopic { get; set; }
    public byte[]? CorrelationData { get; set; }
    public List<MqttUserProperty>? UserProperties { get; set; }

    /// <summary>On receipt: the identifiers of the subscriptions that matched.</summary>
    public List<uint>? SubscriptionIdentifiers { get; set; }

    /// <summary>
    /// The message of a PUBLISH, sharing its payload and property objects. Subscription identifiers
    /// are per delivery: a client reports them, the broker's store keeps them per subscription instead.
    /// </summary>
    internal static MqttApplicationMessage From(MqttPublishPacket packet, bool withSubscriptionIdentifiers) => new()
    {
        Topic = packet.Topic,
        Payload = packet.Payload,
        QualityOfService = packet.QualityOfService,
        Retain = packet.Retain,
        PayloadFormatIndicator = packet.PayloadFormatIndicator,
        MessageExpiryInterval = packet.MessageExpiryInterval,
        ContentType = packet.ContentType,
        ResponseTopic = packet.ResponseTopic,
        CorrelationData = packet.CorrelationData,
        UserProperties = packet.UserProperties,
        SubscriptionIdentifiers = withSubscriptionIdentifiers ? packet.SubscriptionIdentifiers : null,
    };

    /// <summary>A PUBLISH (no packet id, DUP 0, no subscription identifiers) sharing this message's payload and property objects.</summary>
    internal MqttPublishPacket ToPublishPacket() => new()
    {
        Topic = Topic,
        Payload = Payload,
        QualityOfService = QualityOfService,
        Retain = Retain,
        PayloadFormatIndicator = PayloadFormatIndicator,
        MessageExpiryInterval = MessageExpiryInterval,
        ContentType = ContentType,
        ResponseTopic = ResponseTopic,
        CorrelationData = CorrelationData,
        UserProperties = UserProperties,
    };
}
