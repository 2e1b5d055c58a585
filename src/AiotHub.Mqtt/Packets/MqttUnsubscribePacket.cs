using AiotHub.Mqtt.Protocol;

namespace AiotHub.Mqtt.Packets;

/// <summary>UNSUBSCRIBE (MQTT 3.1.1 §3.10, MQTT 5.0 §3.10).</summary>
public sealed class MqttUnsubscribePacket : MqttPacketWithIdentifier
{
    public override MqttPacketType Type => MqttPacketType.Unsubscribe;

    public List<string> TopicFilters { get; set; } = [];
    public List<MqttUserProperty>? UserProperties { get; set; }
}
