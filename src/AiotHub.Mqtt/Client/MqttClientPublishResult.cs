using AiotHub.Mqtt.Packets;
using AiotHub.Mqtt.Protocol;

namespace AiotHub.Mqtt.Client;

/// <summary>
/// The outcome of a publish: written (QoS 0), PUBACK (QoS 1) or PUBREC/PUBCOMP (QoS 2). In 5.0 the
/// server may refuse with a reason code ≥ 0x80 (§3.4.2.1, §3.5.2.1); 3.1.1 always reports Success.
/// </summary>
public sealed class MqttClientPublishResult
{
    internal MqttClientPublishResult(ushort? packetIdentifier, MqttQualityOfService qualityOfService, MqttAcknowledgementPacket? ack)
    {
        PacketIdentifier = packetIdentifier;
        QualityOfService = qualityOfService;
        ReasonCode = ack?.ReasonCode ?? MqttReasonCode.Success;
        ReasonString = ack?.ReasonString;
        UserProperties = ack?.UserProperties ?? [];
    }

    public ushort? PacketIdentifier { get; }

    /// <summary>The QoS actually used: lower than requested when the server's Maximum QoS is lower (§3.2.2.3.4).</summary>
    public MqttQualityOfService QualityOfService { get; }

    public MqttReasonCode ReasonCode { get; }

    public bool IsSuccess => ReasonCode < MqttReasonCode.UnspecifiedError;

    public string? ReasonString { get; }

    public IReadOnlyList<MqttUserProperty> UserProperties { get; }
}
