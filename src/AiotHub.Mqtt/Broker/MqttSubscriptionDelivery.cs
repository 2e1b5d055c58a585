using AiotHub.Mqtt.Protocol;

namespace AiotHub.Mqtt.Broker;

/// <summary>One session a routed message goes to, with its overlapping subscriptions merged (§3.3.4).</summary>
internal readonly record struct MqttSubscriptionDelivery(
    MqttSession Session,
    MqttQualityOfService QualityOfService,
    bool RetainAsPublished,
    List<uint>? SubscriptionIdentifiers);
