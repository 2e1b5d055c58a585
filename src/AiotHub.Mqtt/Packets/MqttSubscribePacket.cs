using AiotHub.Mqtt.Protocol;

namespace AiotHub.Mqtt.Packets;

/// <summary>SUBSCRIBE (MQTT 3.1.1 §3.8, MQTT 5.0 §3.8).</summary>
public sealed class MqttSubscribePacket : MqttPacketWithIdentifier
{
    public override MqttPacketType Type => MqttPacketType.Subscribe;

    public List<MqttTopicFilter> TopicFilters { get; set; } = [];

    // MQTT 5.0 properties (§3.8.2.1).
    public uint? SubscriptionIdentifier { get; set; }
    public List<MqttUserProperty>? UserProperties { get; set; }
}
