using AiotHub.Mqtt.Protocol;

namespace AiotHub.Simulators.Devices;

/// <summary>Something a simulated device publishes: the topic below <c>{root}/{id}/</c>, the payload, and how.</summary>
public sealed record DeviceMessage(string Subtopic, ReadOnlyMemory<byte> Payload, MqttQualityOfService QualityOfService, bool Retain = false)
{
    public string PayloadText => System.Text.Encoding.UTF8.GetString(Payload.Span);
}
