namespace AiotHub.Mqtt.Broker;

/// <summary>Severity of a <see cref="MqttBrokerLogEntry"/>; the values match Microsoft.Extensions.Logging's LogLevel.</summary>
public enum MqttBrokerLogLevel
{
    Trace = 0,
    Debug = 1,
    Information = 2,
    Warning = 3,
    Error = 4,
}
