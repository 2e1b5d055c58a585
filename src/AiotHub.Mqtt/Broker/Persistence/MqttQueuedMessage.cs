using AiotHub.Mqtt.Protocol;

namespace AiotHub.Mqtt.Broker.Persistence;

/// <summary>
/// One entry of a recovered session's outbound queue. <see cref="Message"/> instances are shared
/// between sessions queuing the same <see cref="MessageId"/>: treat them as read-only.
/// </summary>
/// <param name="MessageId">The <see cref="MqttStoredMessage.Id"/> to use in further store calls.</param>
/// <param name="Message">The message as published.</param>
/// <param name="QualityOfService">The QoS to deliver at (the publish QoS limited by the subscription).</param>
/// <param name="State">Where the delivery flow stands.</param>
/// <param name="PacketId">The packet id it was sent with; 0 while <see cref="MqttQueuedMessageState.Queued"/>.</param>
public sealed record MqttQueuedMessage(
    long MessageId,
    MqttApplicationMessage Message,
    MqttQualityOfService QualityOfService,
    MqttQueuedMessageState State,
    ushort PacketId);
