namespace AiotHub.Mqtt.Client;

/// <summary>Raised when the client becomes connected, or loses or closes its connection.</summary>
public sealed class MqttClientConnectionStateChangedEventArgs : EventArgs
{
    public MqttClientConnectionStateChangedEventArgs(bool isConnected, MqttClientConnectResult? connectResult, Exception? exception)
    {
        IsConnected = isConnected;
        ConnectResult = connectResult;
        Exception = exception;
    }

    public bool IsConnected { get; }

    /// <summary>On connect: the CONNACK details.</summary>
    public MqttClientConnectResult? ConnectResult { get; }

    /// <summary>On a lost connection: why; null after <see cref="MqttClient.DisconnectAsync"/>.</summary>
    public Exception? Exception { get; }
}
