namespace AiotHub.Mqtt.Broker;

/// <summary>A retained message (MQTT 5.0 §3.3.1.3) and when the server received it, for its expiry (§3.3.2.3.3).</summary>
public sealed record MqttRetainedMessage(MqttApplicationMessage Message, DateTimeOffset ReceivedAt)
{
    /// <summary>When the message expires, or null when it has no Message Expiry Interval.</summary>
    public DateTimeOffset? ExpiresAt =>
        Message.MessageExpiryInterval is { } seconds ? MqttDurations.AddSeconds(ReceivedAt, seconds) : null;

    public bool IsExpired(DateTimeOffset now) => ExpiresAt is { } expiresAt && now >= expiresAt;

    /// <summary>
    /// The Message Expiry Interval to send on: the received value minus the whole seconds the message has waited
    /// (§3.3.2.3.3); null when it has none, 0 once it has expired.
    /// </summary>
    public uint? GetRemainingExpiryInterval(DateTimeOffset now)
    {
        if (Message.MessageExpiryInterval is not { } interval)
        {
            return null;
        }

        var waited = Math.Max(0, Math.Floor((now - ReceivedAt).TotalSeconds));
        return waited >= interval ? 0 : interval - (uint)waited;
    }
}
