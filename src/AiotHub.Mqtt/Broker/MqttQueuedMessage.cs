using AiotHub.Mqtt.Packets;
using AiotHub.Mqtt.Protocol;

namespace AiotHub.Mqtt.Broker;

/// <summary>
/// One message waiting in (or sent from) a session's queue: the routed PUBLISH, shared by every
/// subscriber and never modified after routing, plus what is particular to this subscriber.
/// A struct, so queueing a message allocates nothing.
/// </summary>
/// <param name="Message">The application message as received (topic alias already resolved).</param>
/// <param name="QualityOfService">The delivery QoS: the lower of the published and the granted QoS (§3.8.4).</param>
/// <param name="Retain">The RETAIN flag to send (Retain As Published, or 1 for retained copies at subscribe, §3.3.1.3).</param>
/// <param name="SubscriptionIdentifiers">The identifiers of the matching subscriptions (§3.3.4), or null.</param>
/// <param name="ReceivedTimestamp">When the broker received the message (<see cref="TimeProvider.GetTimestamp"/>), for Message Expiry (§3.3.2.3.3).</param>
/// <param name="StoredMessageId">The message's id in the broker store when this delivery is journaled; 0 when it is in memory only.</param>
internal readonly record struct MqttQueuedMessage(
    MqttPublishPacket Message,
    MqttQualityOfService QualityOfService,
    bool Retain,
    List<uint>? SubscriptionIdentifiers,
    long ReceivedTimestamp,
    long StoredMessageId = 0);
