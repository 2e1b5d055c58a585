using System.Net;
using AiotHub.Gateway.Mqtt;
using AiotHub.Mqtt;
using AiotHub.Mqtt.Broker;
using AiotHub.Mqtt.Client;
using AiotHub.Mqtt.Packets;
using AiotHub.Mqtt.Protocol;

namespace AiotHub.Gateway.Devices;

/// <summary>
/// The device link as an MQTT 5 client (External mode, or Devices:Link MqttClient with the embedded broker over
/// loopback and the reserved <see cref="HubClientCredentials"/>): a persistent session, so while the hub restarts the
/// broker keeps the subscription and queues device messages; auto-reconnect re-subscribes. Messages arrive in order and
/// each is handled before the next; the client acknowledges a QoS 1 message once the handler's task has completed (on
/// disk — the next messages are handled meanwhile and share the write), in order, and not at all when it faulted (the
/// store could not write): the connection is then closed and the broker sends the message again.
/// </summary>
/// <param name="createOptions">Called once, at the first start (the embedded broker's port is known only then).</param>
internal sealed class MqttClientDeviceLink(Func<MqttClientOptions> createOptions) : IDeviceLink
{
    /// <summary>A day: the broker keeps our subscription and queue across a restart of the hub.</summary>
    private const uint SessionExpirySeconds = 24 * 60 * 60;

    private MqttClient? _client;

    public bool IsConnected => _client?.IsConnected ?? false;

    /// <summary>The client's bounded queues (for /healthz); null before the first start.</summary>
    public MqttClientQueueCounters? QueueCounters => _client?.QueueCounters;

    public string Description => _client is { Options: var options } ? $"mqtt://{options.Host}:{options.Port} as {options.ClientId}" : "an MQTT broker";

    public async Task StartAsync(string filter, DeviceLinkHandler handler, CancellationToken cancellationToken)
    {
        _client ??= new MqttClient(createOptions());
        _client.MessageReceived = message => handler(new DeviceLinkMessage(message.Topic, message.Payload, message.QualityOfService, message.Retain,
            message.ResponseTopic, message.CorrelationData));
        try
        {
            await _client.ConnectAsync(cancellationToken);
            // No Local: our own set/call/get do not come back to us (MQTT 5.0 §3.8.3.1).
            await _client.SubscribeAsync([new MqttTopicFilter { Topic = filter, QualityOfService = MqttQualityOfService.AtLeastOnce, NoLocal = true }],
                cancellationToken: cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            if (_client.IsConnected)
                await _client.DisconnectAsync(cancellationToken: CancellationToken.None);
            throw new DeviceLinkException(Description, e);
        }
    }

    public async ValueTask<bool> PublishAsync(MqttApplicationMessage message, CancellationToken cancellationToken) =>
        _client is { } client && (await client.PublishAsync(message, cancellationToken)).IsSuccess;

    public async ValueTask DisposeAsync()
    {
        if (_client is null)
            return;
        try
        {
            if (_client.IsConnected)
                await _client.DisconnectAsync(cancellationToken: CancellationToken.None);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The broker may already be gone.
        }

        await _client.DisposeAsync();
    }

    /// <summary>A client of Mqtt:Url with its own client id ("…-devices") and a persistent session.</summary>
    public static MqttClientOptions ForExternal(Uri url, TimeProvider timeProvider)
    {
        var external = ExternalBrokerService.CreateClientOptions(url, timeProvider);
        external.ClientId += "-devices";
        external.CleanStart = false;
        external.SessionExpiryInterval = SessionExpirySeconds;
        // The bridge's handler completes once the message is on disk and faults when it is not: no PUBACK then. Its
        // work is synchronous; only the wait for the disk is not, and messages arriving meanwhile share that write.
        external.AcknowledgeWhenHandlerFails = false;
        external.OverlapHandlerCompletions = true;
        return external;
    }

    /// <summary>A loopback client of the embedded broker with the reserved identity (the hub link's privileges, docs/security.md).</summary>
    public static MqttClientOptions ForEmbedded(MqttBroker broker, HubClientCredentials credentials, TimeProvider timeProvider)
    {
        var endPoint = broker.LocalEndPoints[0];
        var address = endPoint.Address.Equals(IPAddress.Any) ? IPAddress.Loopback
            : endPoint.Address.Equals(IPAddress.IPv6Any) ? IPAddress.IPv6Loopback
            : endPoint.Address;
        return new MqttClientOptions
        {
            Host = address.ToString(),
            Port = endPoint.Port,
            ClientId = HubClientCredentials.ReservedClientId,
            UserName = HubClientCredentials.ReservedUserName,
            Password = credentials.Password,
            ProtocolVersion = MqttProtocolVersion.V500,
            CleanStart = false,
            SessionExpiryInterval = SessionExpirySeconds,
            KeepAlive = TimeSpan.FromSeconds(30),
            AutoReconnect = true,
            AcknowledgeWhenHandlerFails = false,
            OverlapHandlerCompletions = true,
            ReconnectMinDelay = TimeSpan.FromMilliseconds(200),
            ReconnectMaxDelay = TimeSpan.FromSeconds(5),
            TimeProvider = timeProvider,
        };
    }
}
