using System.Net;

namespace AiotHub.Mqtt.Broker;

/// <summary>
/// One diagnostic event of the broker, handed to <see cref="MqttBrokerOptions.Log"/>. The MQTT
/// library takes no logging dependency; the host forwards these to its logger.
/// </summary>
public readonly record struct MqttBrokerLogEntry(
    MqttBrokerLogLevel Level,
    string Message,
    string? ClientId = null,
    EndPoint? RemoteEndPoint = null,
    Exception? Exception = null);
