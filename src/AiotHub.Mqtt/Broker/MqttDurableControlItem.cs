namespace AiotHub.Mqtt.Broker;

/// <summary>
/// An acknowledgement that may go out only once <paramref name="Durable"/> has completed: what it
/// promises the client is then in the broker store (docs/broker-persistence.md, durability rule).
/// </summary>
/// <param name="Item">The packet to send.</param>
/// <param name="RetainedFor">For a SUBACK: the subscriptions whose retained messages to queue once it is sent.</param>
internal readonly record struct MqttDurableControlItem(Task Durable, MqttControlItem Item, List<MqttSessionSubscription>? RetainedFor);
