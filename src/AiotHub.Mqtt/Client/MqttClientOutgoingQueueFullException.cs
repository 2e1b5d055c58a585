namespace AiotHub.Mqtt.Client;

/// <summary>
/// A publish waited <see cref="MqttClientOptions.OutgoingQueueTimeout"/> for room among the
/// <see cref="MqttClientOptions.OutgoingQueueLimit"/> publishes not yet done, and found none. The message was not sent.
/// </summary>
public sealed class MqttClientOutgoingQueueFullException : Exception
{
    public MqttClientOutgoingQueueFullException()
        : base("The client's outgoing queue stayed full; the message was not queued.") { }

    public MqttClientOutgoingQueueFullException(string message) : base(message) { }

    public MqttClientOutgoingQueueFullException(string message, Exception innerException) : base(message, innerException) { }
}
