using System.Net;
using AiotHub.Mqtt.Broker;

namespace AiotHub.Gateway.Mqtt;

/// <summary>The hub's MQTT log messages, source-generated.</summary>
internal static partial class MqttLog
{
    /// <summary>Forwards one <see cref="MqttBrokerLogEntry"/> (the broker's own log callback).</summary>
    public static void Broker(ILogger logger, MqttBrokerLogEntry entry)
    {
        var level = (LogLevel)entry.Level;
        if (entry.ClientId is null && entry.RemoteEndPoint is null)
        {
            BrokerEvent(logger, level, entry.Exception, entry.Message);
        }
        else
        {
            BrokerClientEvent(logger, level, entry.Exception, entry.Message, entry.ClientId, entry.RemoteEndPoint);
        }
    }

    [LoggerMessage(EventId = 1000, Message = "{Message}")]
    private static partial void BrokerEvent(ILogger logger, LogLevel level, Exception? exception, string message);

    [LoggerMessage(EventId = 1001, Message = "{Message} [client {ClientId} at {RemoteEndPoint}]")]
    private static partial void BrokerClientEvent(ILogger logger, LogLevel level, Exception? exception, string message, string? clientId, EndPoint? remoteEndPoint);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Information, Message = "Embedded MQTT broker stopped: sessions flushed, {Connections} connections served")]
    public static partial void EmbeddedStopped(ILogger logger, long connections);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Information, Message = "Broker persistence enabled in {DataDirectory}: {RecordsReplayed} journal records replayed, {DiscardedBytes} bytes of torn tail discarded")]
    public static partial void PersistenceDirectory(ILogger logger, string dataDirectory, long recordsReplayed, long discardedBytes);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Information, Message = "Broker state restored: {Sessions} persistent sessions ({ExpiredSessions} expired while down), {RetainedMessages} retained messages, {QueuedMessages} queued messages")]
    public static partial void PersistenceRestored(ILogger logger, int sessions, int expiredSessions, int retainedMessages, int queuedMessages);

    [LoggerMessage(EventId = 1010, Level = LogLevel.Information, Message = "Connected to external MQTT broker {Host}:{Port}")]
    public static partial void ExternalConnected(ILogger logger, string host, int port);

    [LoggerMessage(EventId = 1011, Level = LogLevel.Warning, Message = "Lost the external MQTT broker {Host}:{Port}; reconnecting")]
    public static partial void ExternalDisconnected(ILogger logger, Exception? exception, string host, int port);

    [LoggerMessage(EventId = 1012, Level = LogLevel.Warning, Message = "Cannot connect to external MQTT broker {Host}:{Port}; retrying in {Delay}")]
    public static partial void ExternalConnectFailed(ILogger logger, Exception exception, string host, int port, TimeSpan delay);

    [LoggerMessage(EventId = 1005, Level = LogLevel.Warning, Message = "Mqtt:AllowAnonymous is true: anyone who reaches {Listening} may connect without credentials and act as a device (docs/security.md)")]
    public static partial void AnonymousEveryone(ILogger logger, string listening);

    [LoggerMessage(EventId = 1006, Level = LogLevel.Information, Message = "MQTT TLS listener uses a certificate issued by the hub's CA: {Path}")]
    public static partial void IssuedServerCertificate(ILogger logger, string path);

    [LoggerMessage(EventId = 1007, Level = LogLevel.Warning, Message = "The device link did not attach while the hub started; the embedded broker accepts device connections without it")]
    public static partial void AcceptingWithoutDeviceLink(ILogger logger);
}
