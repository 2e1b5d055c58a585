namespace AiotHub.Mqtt.Client;

/// <summary>The operation needs a connection, and there is none (or it was lost while waiting).</summary>
public sealed class MqttClientDisconnectedException : InvalidOperationException
{
    public MqttClientDisconnectedException() : base("The MQTT client is not connected.") { }

    public MqttClientDisconnectedException(string message) : base(message) { }

    public MqttClientDisconnectedException(string message, Exception? innerException) : base(message, innerException) { }
}
