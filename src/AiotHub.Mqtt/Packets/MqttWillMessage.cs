using AiotHub.Mqtt.Protocol;

namespace AiotHub.Mqtt.Packets;

/// <summary>The will carried in CONNECT (MQTT 5.0 §3.1.2.5, §3.1.3.2).</summary>
public sealed class MqttWillMessage
{
    public string Topic { get; set; } = string.Empty;
    public ReadOnlyMemory<byte> Payload { get; set; }
    public MqttQualityOfService QualityOfService { get; set; }
    public bool Retain { get; set; }

    // MQTT 5.0 will properties (§3.1.3.2).
    public uint? WillDelayInterval { get; set; }
    public byte? PayloadFormatIndicator { get; set; }
    public uint? MessageExpiryInterval { get; set; }
    public string? ContentType { get; set; }
    public string? ResponseTopic { get; set; }
    public byte[]? CorrelationData { get; set; }
    public List<MqttUserProperty>? UserProperties { get; set; }
}
