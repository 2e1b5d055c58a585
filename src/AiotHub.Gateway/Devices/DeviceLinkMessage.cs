using AiotHub.Mqtt;
using AiotHub.Mqtt.Protocol;

namespace AiotHub.Gateway.Devices;

/// <summary>
/// A message from the device bus as either link delivers it. The payload may be the publisher's read buffer
/// (<see cref="InProcessDeviceLink"/>): valid only until the handler returns; <see cref="ToApplicationMessage"/> copies it.
/// <see cref="Retain"/> is true for a retained message replayed when the link subscribed (nobody waits for its acknowledgement).
/// </summary>
internal readonly record struct DeviceLinkMessage(string Topic, ReadOnlyMemory<byte> Payload, MqttQualityOfService QualityOfService,
    bool Retain, string? ResponseTopic, byte[]? CorrelationData)
{
    public MqttApplicationMessage ToApplicationMessage() => new()
    {
        Topic = Topic,
        Payload = Payload.ToArray(),
        QualityOfService = QualityOfService,
        Retain = Retain,
        ResponseTopic = ResponseTopic,
        CorrelationData = CorrelationData,
    };
}
