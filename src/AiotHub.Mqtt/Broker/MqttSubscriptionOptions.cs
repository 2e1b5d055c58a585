using AiotHub.Mqtt.Packets;
using AiotHub.Mqtt.Protocol;

namespace AiotHub.Mqtt.Broker;

/// <summary>The options of one subscription (MQTT 5.0 §3.8.3.1) and its Subscription Identifier (§3.8.2.1.2).</summary>
/// <param name="SubscriptionIdentifier">0 when the SUBSCRIBE carried none (identifiers are 1 to 268,435,455).</param>
public readonly record struct MqttSubscriptionOptions(
    MqttQualityOfService QualityOfService,
    bool NoLocal,
    bool RetainAsPublished,
    MqttRetainHandling RetainHandling,
    uint SubscriptionIdentifier)
{
    /// <summary>The options of one topic filter of a SUBSCRIBE packet.</summary>
    public static MqttSubscriptionOptions FromTopicFilter(MqttTopicFilter filter, uint subscriptionIdentifier)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return new MqttSubscriptionOptions(
            filter.QualityOfService, filter.NoLocal, filter.RetainAsPublished, filter.RetainHandling, subscriptionIdentifier);
    }
}
