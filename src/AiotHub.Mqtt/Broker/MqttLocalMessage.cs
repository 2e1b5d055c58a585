using AiotHub.Mqtt.Packets;
using AiotHub.Mqtt.Protocol;

namespace AiotHub.Mqtt.Broker;

/// <summary>
/// A message the broker hands to a <see cref="MqttLocalLink"/>'s handler: the decoded PUBLISH as it was received,
/// with no copy and no re-encoding. Valid only until the handler returns (synchronously): the payload may be the
/// publisher connection's read buffer. A handler that needs it later copies it first.
/// </summary>
public readonly struct MqttLocalMessage
{
    private readonly MqttPublishPacket _packet;

    internal MqttLocalMessage(MqttPublishPacket packet, bool retained)
    {
        _packet = packet;
        IsRetained = retained;
    }

    public string Topic => _packet.Topic;

    public ReadOnlyMemory<byte> Payload => _packet.Payload;

    public MqttQualityOfService QualityOfService => _packet.QualityOfService;

    /// <summary>Delivered from the retained store when the link attached (§3.3.1.3), not live.</summary>
    public bool IsRetained { get; }

    public string? ContentType => _packet.ContentType;

    public string? ResponseTopic => _packet.ResponseTopic;

    public byte[]? CorrelationData => _packet.CorrelationData;

    public IReadOnlyList<MqttUserProperty>? UserProperties => _packet.UserProperties;

    /// <summary>A copy that owns its payload, for a handler that keeps the message past its return.</summary>
    public MqttApplicationMessage ToApplicationMessage() => new()
    {
        Topic = _packet.Topic,
        Payload = _packet.Payload.ToArray(),
        QualityOfService = _packet.QualityOfService,
        Retain = IsRetained,
        ContentType = _packet.ContentType,
        ResponseTopic = _packet.ResponseTopic,
        CorrelationData = _packet.CorrelationData,
        UserProperties = _packet.UserProperties,
    };
}
