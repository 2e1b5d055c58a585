namespace AiotHub.Mqtt.Broker;

/// <summary>One subscriber's subscription as stored at a node of <see cref="MqttSubscriptionTree{TSubscriber}"/>.</summary>
internal readonly record struct MqttSubscriptionEntry<TSubscriber>(TSubscriber Subscriber, MqttSubscriptionOptions Options)
    where TSubscriber : class;
