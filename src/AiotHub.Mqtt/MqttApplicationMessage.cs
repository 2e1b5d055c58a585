using AiotHub.Mqtt.Packets;
using AiotHub.Mqtt.Protocol;

namespace AiotHub.Mqtt;

/// <summary>
/// An application message as publishers and subscribers see it, independent of packet ids,
/// DUP flags and topic aliases (MQTT 5.0 §1.2 "Application Message").
/// </summary>
public sealed class MqttApplicationMessage
{
    public string Topic { get; set; } = string.Empty;
    public ReadOnlyMemory<byte> Payload { get; set; }
    public MqttQualityOfService QualityOfService { get; set; }
    public bool Retain { get; set; }

    // MQTT 5.0 properties carried end to end (§3.3.2.3).
    public byte? PayloadFormatIndicator { get; set; }
    public uint? MessageExpiryInterval { get; set; }
    public string? ContentType { get; set; }
    public string? ResponseTopic { get; set; }
    public byte[]? CorrelationData { get; set; }
    public List<MqttUserProperty>? UserProperties { get; set; }

    /// <summary>On receipt: the identifiers of the subscriptions that matched.</summary>
    public List<uint>? SubscriptionIdentifiers { get; set; }
}
