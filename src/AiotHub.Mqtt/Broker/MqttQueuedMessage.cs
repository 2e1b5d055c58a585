using AiotHub.Mqtt.Packets;
using AiotHub.Mqtt.Protocol;

namespace AiotHub.Mqtt.Broker;

/// <summary>
/// One message waiting in (or sent from) a session's queue: the routed PUBLISH, shared by every
/// subscriber and never modified after routing, plus what is particular to this subscriber.
/// A struct, so queueing a message allocates nothing.
/// </summary>
/// <remarks>
/// 32 bytes, like before the store existed: the store's message id (48 bits are plenty for ids that
/// count up from 1) sits in what would otherwise be padding after the two one-byte fields, so the
/// queues of in-memory sessions grow no larger.
/// </remarks>
internal readonly struct MqttQueuedMessage
{
    private readonly uint _storedIdLow;
    private readonly ushort _storedIdHigh;

    /// <param name="message">The application message as received (topic alias already resolved).</param>
    /// <param name="qualityOfService">The delivery QoS: the lower of the published and the granted QoS (§3.8.4).</param>
    /// <param name="retain">The RETAIN flag to send (Retain As Published, or 1 for retained copies at subscribe, §3.3.1.3).</param>
    /// <param name="subscriptionIdentifiers">The identifiers of the matching subscriptions (§3.3.4), or null.</param>
    /// <param name="receivedTimestamp">When the broker received the message (<see cref="TimeProvider.GetTimestamp"/>), for Message Expiry (§3.3.2.3.3).</param>
    /// <param name="storedMessageId">The message's id in the broker store when this delivery is journaled; 0 when it is in memory only.</param>
    public MqttQueuedMessage(MqttPublishPacket message, MqttQualityOfService qualityOfService, bool retain,
        List<uint>? subscriptionIdentifiers, long receivedTimestamp, long storedMessageId = 0)
    {
        Message = message;
        QualityOfService = qualityOfService;
        Retain = retain;
        SubscriptionIdentifiers = subscriptionIdentifiers;
        ReceivedTimestamp = receivedTimestamp;
        _storedIdLow = (uint)storedMessageId;
        _storedIdHigh = (ushort)(storedMessageId >> 32);
    }

    public MqttPublishPacket Message { get; }

    public MqttQualityOfService QualityOfService { get; }

    public bool Retain { get; }

    public List<uint>? SubscriptionIdentifiers { get; }

    public long ReceivedTimestamp { get; }

    public long StoredMessageId => ((long)_storedIdHigh << 32) | _storedIdLow;

    public MqttQueuedMessage WithStoredMessageId(long storedMessageId) =>
        new(Message, QualityOfService, Retain, SubscriptionIdentifiers, ReceivedTimestamp, storedMessageId);
}
