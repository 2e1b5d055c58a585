using AiotHub.Mqtt.Protocol;

namespace AiotHub.Mqtt.Packets;

/// <summary>One topic filter of SUBSCRIBE with its options (MQTT 5.0 §3.8.3.1).</summary>
public sealed class MqttTopicFilter
{
    public string Topic { get; set; } = string.Empty;
    public MqttQualityOfService QualityOfService { get; set; }
    public bool NoLocal { get; set; }
    public bool RetainAsPublished { get; set; }
    public MqttRetainHandling RetainHandling { get; set; }
}
