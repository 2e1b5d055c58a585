using AiotHub.Mqtt.Protocol;

namespace AiotHub.Simulators.Devices;

/// <summary>
/// Something a simulated device publishes: the topic below <c>{root}/{id}/</c>, the payload, and how.
/// A reply carries its command's id in <see cref="CorrelationId"/>, which an MQTT 5.0 connection
/// sends as Correlation Data (docs/mqtt-protocol.md § get: the id's UTF-8 bytes).
/// </summary>
public sealed record DeviceMessage(string Subtopic, ReadOnlyMemory<byte> Payload, MqttQualityOfService QualityOfService, bool Retain = false)
{
    public string? CorrelationId { get; init; }

    public string PayloadText => System.Text.Encoding.UTF8.GetString(Payload.Span);
}
