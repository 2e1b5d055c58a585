namespace AiotHub.Mqtt.Tests.Interop.MqttNet;

/// <summary>
/// One message as MQTTnet handed it to the application, copied out of its pooled buffers. MQTT 5.0 properties are
/// empty (null, 0) when absent.
/// </summary>
/// <param name="TopicAlias">The Topic Alias property of the PUBLISH as it arrived (0: none).</param>
internal sealed record MqttNetMessage(string Topic, string Payload, int Qos, bool Retain, ushort TopicAlias)
{
    public string? ResponseTopic { get; init; }

    public byte[]? CorrelationData { get; init; }

    public string? ContentType { get; init; }

    /// <summary>What was left of the Message Expiry Interval when the broker sent it (MQTT 5.0 §3.3.2.3.3).</summary>
    public uint MessageExpiryInterval { get; init; }

    public int PayloadFormatIndicator { get; init; }

    /// <summary>Name and value of each user property, in the order received.</summary>
    public IReadOnlyList<(string Name, string Value)> UserProperties { get; init; } = [];

    public IReadOnlyList<uint> SubscriptionIdentifiers { get; init; } = [];

    public bool Dup { get; init; }
}
