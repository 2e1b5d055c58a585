namespace AiotHub.Mqtt.Broker;

/// <summary>
/// Which message a session's full outbound queue (<see cref="MqttBrokerOptions.MaximumQueuedMessagesPerClient"/>)
/// drops when it drops one: for a QoS 0 message to a connected subscriber that is the slow one (counted in
/// <see cref="MqttBrokerCounters.MessagesDroppedSlowSubscriber"/>), or for a client that is away or a producer that
/// cannot wait (<see cref="MqttBrokerCounters.MessagesDroppedQueueFull"/>). Otherwise a full queue pauses the
/// publisher instead (backpressure; MQTT 5.0 §4.9 leaves queueing policy to the server). An arriving QoS 0 message
/// never displaces a QoS 1/2 one: then it is the one dropped.
/// </summary>
public enum MqttQueueFullPolicy
{
    /// <summary>The arriving message is discarded; what is queued keeps its order (Mosquitto's behaviour).</summary>
    DropNewest,

    /// <summary>The oldest queued message is discarded to make room, so the subscriber sees the most recent data.</summary>
    DropOldest,
}
