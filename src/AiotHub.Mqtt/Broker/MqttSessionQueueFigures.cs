namespace AiotHub.Mqtt.Broker;

/// <summary>
/// What the broker's sessions hold at one moment (<see cref="MqttBroker.GetQueueFigures"/>): the sessions, the messages
/// queued for delivery (bounded per session by <see cref="MqttBrokerOptions.MaximumQueuedMessagesPerClient"/>) and the
/// QoS 1/2 messages sent and not yet acknowledged.
/// </summary>
public readonly record struct MqttSessionQueueFigures(int Sessions, long Queued, long Inflight);
