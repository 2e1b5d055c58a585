using AiotHub.Mqtt.Protocol;

namespace AiotHub.Mqtt.Packets;

/// <summary>PUBLISH (MQTT 3.1.1 §3.3, MQTT 5.0 §3.3).</summary>
public sealed class MqttPublishPacket : MqttPacketWithIdentifier
{
    public override MqttPacketType Type => MqttPacketType.Publish;

    /// <summary>May be empty in 5.0 when <see cref="TopicAlias"/> names an established alias.</summary>
    public string Topic { get; set; } = string.Empty;
    public ReadOnlyMemory<byte> Payload { get; set; }
    public MqttQualityOfService QualityOfService { get; set; }
    public bool Retain { get; set; }
    public bool Dup { get; set; }

    // MQTT 5.0 properties (§3.3.2.3).
    public byte? PayloadFormatIndicator { get; set; }
    public uint? MessageExpiryInterval { get; set; }
    public ushort? TopicAlias { get; set; }
    public string? ResponseTopic { get; set; }
    public byte[]? CorrelationData { get; set; }
    public List<MqttUserProperty>? UserProperties { get; set; }
    /// <summary>Server to client only; one per matching subscription that had an identifier.</summary>
    public List<uint>? SubscriptionIdentifiers { get; set; }
    public string? ContentType { get; set; }
}
