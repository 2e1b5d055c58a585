namespace AiotHub.Mqtt.Tests.Interop;

/// <summary>One message as a third-party subscriber printed it; MQTT 5.0 properties are empty when absent.</summary>
/// <param name="UserProperties">As mosquitto_sub prints them: "k:v k2:v2".</param>
internal sealed record ReceivedMessage(string Topic, int Qos, bool Retain, string UserProperties, string ContentType, string Payload)
{
    public string ResponseTopic { get; init; } = string.Empty;

    public string CorrelationData { get; init; } = string.Empty;

    /// <summary>What is left of the Message Expiry Interval when the message was sent on (MQTT 5.0 §3.3.2.3.3).</summary>
    public long? MessageExpiryInterval { get; init; }

    public string PayloadFormatIndicator { get; init; } = string.Empty;

    /// <summary>As mosquitto_sub prints %S.</summary>
    public string SubscriptionIdentifiers { get; init; } = string.Empty;

    /// <summary>Payload length in bytes.</summary>
    public int Length { get; init; }
}
