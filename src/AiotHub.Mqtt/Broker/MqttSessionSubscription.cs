using AiotHub.Mqtt.Protocol;

namespace AiotHub.Mqtt.Broker;

/// <summary>One subscription of a session, as the client asked for it (MQTT 5.0 §3.8.3.1).</summary>
internal sealed record MqttSessionSubscription(
    string Filter,
    MqttQualityOfService QualityOfService,
    bool NoLocal,
    bool RetainAsPublished,
    MqttRetainHandling RetainHandling,
    uint? SubscriptionIdentifier);
