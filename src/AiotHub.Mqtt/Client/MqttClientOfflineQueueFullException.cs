namespace AiotHub.Mqtt.Client;

/// <summary>
/// A publish made while disconnected found <see cref="MqttClientOptions.OfflineQueueLimit"/> messages
/// already waiting. The new message is refused; the queued ones are kept.
/// </summary>
public sealed class MqttClientOfflineQueueFullException : Exception
{
    public MqttClientOfflineQueueFullException()
        : base("The client is disconnected and its offline queue is full; the message was not queued.") { }

    public MqttClientOfflineQueueFullException(string message) : base(message) { }

    public MqttClientOfflineQueueFullException(string message, Exception innerException) : base(message, innerException) { }
}
