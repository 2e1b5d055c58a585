using AiotHub.Mqtt.Protocol;

namespace AiotHub.Mqtt.Broker.Persistence;

/// <summary>
/// The options of one persisted subscription (MQTT 5.0 §3.8.3.1); the filter is its key.
/// <paramref name="SubscriptionIdentifier"/> 0 means none (§3.8.2.1.2: 0 is not a valid identifier).
/// </summary>
public readonly record struct MqttStoredSubscription(
    MqttQualityOfService QualityOfService,
    bool NoLocal,
    bool RetainAsPublished,
    MqttRetainHandling RetainHandling,
    uint SubscriptionIdentifier);
