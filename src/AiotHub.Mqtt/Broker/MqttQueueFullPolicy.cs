namespace AiotHub.Mqtt.Broker;

/// <summary>
/// What a session's outbound queue does when it already holds
/// <see cref="MqttBrokerOptions.MaximumQueuedMessagesPerClient"/> messages. Either way the dropped
/// message is counted in <see cref="MqttBrokerCounters.MessagesDroppedQueueFull"/>; a slow
/// subscriber never blocks the publisher (MQTT 5.0 §4.9 leaves queueing policy to the server).
/// </summary>
public enum MqttQueueFullPolicy
{
    /// <summary>The arriving message is discarded; what is queued keeps its order (Mosquitto's behaviour).</summary>
    DropNewest,

    /// <summary>The oldest queued message is discarded to make room, so the subscriber sees the most recent data.</summary>
    DropOldest,
}
