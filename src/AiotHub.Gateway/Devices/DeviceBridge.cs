using System.Net;
using System.Text;
using AiotHub.Core.Devices;
using AiotHub.Gateway.Mqtt;
using AiotHub.Gateway.Pairing;
using AiotHub.Mqtt;
using AiotHub.Mqtt.Client;
using AiotHub.Mqtt.Packets;
using AiotHub.Mqtt.Protocol;
using Microsoft.Extensions.Options;

namespace AiotHub.Gateway.Devices;

/// <summary>
/// The device "head": an MQTT client of the hub's broker (the embedded one over loopback with the
/// reserved <see cref="HubClientCredentials"/>, or Mqtt:Url) subscribed to "{root}/+/#". Every
/// message goes through <see cref="DeviceMessageHandler"/> into the <see cref="DeviceRegistry"/>;
/// every command the registry accepts is published from its outbox, QoS 1, with the MQTT 5
/// response topic and correlation data.
/// </summary>
internal sealed class DeviceBridge(
    DeviceRegistry registry,
    IOptions<DevicesOptions> devicesOptions,
    IOptions<MqttOptions> mqttOptions,
    IServiceProvider services,
    HubClientCredentials credentials,
    TimeProvider timeProvider,
    ILogger<DeviceBridge> logger) : BackgroundService
{
    private static readonly TimeSpan FirstConnectRetryDelay = TimeSpan.FromSeconds(2);

    /// <summary>
    /// A persistent session: while the hub restarts, the broker (the embedded one restores it from
    /// its store before listening) keeps the subscription and queues device messages for us.
    /// </summary>
    private const uint SessionExpirySeconds = 24 * 60 * 60;
    private readonly string _root = devicesOptions.Value.TopicRoot;
    private readonly DeviceMessageHandler _handler = new(registry, devicesOptions.Value.TopicRoot, logger);
    private MqttClient? _client;

    public DeviceMessageHandler Handler => _handler;

    public bool IsConnected => _client?.IsConnected ?? false;

    /// <summary>For /healthz.</summary>
    public DevicesStatus GetStatus()
    {
        var summary = registry.Summarize();
        return new DevicesStatus(IsConnected, summary.Devices, summary.Online, summary.Pending, summary.PendingCommands,
            _handler.Messages, _handler.Malformed);
    }

    /// <summary>
    /// With the embedded broker (already listening: AddMqtt comes first) the bridge connects and
    /// subscribes before the host reports started, so a ready hub already sees every device.
    /// </summary>
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        var options = CreateClientOptions();
        _client = new MqttClient(options)
        {
            MessageReceived = async message =>
            {
                try
                {
                    if (PairingResponder.IsRequest(message.Topic, _root, out var pairingId))
                        await AnswerPairingAsync(pairingId, message);
                    else
                        _handler.Handle(message.Topic, message.Payload);
                }
                catch (Exception e)
                {
                    // The handler refuses bad input itself; this is the store failing (disk full, say).
                    DevicesLog.HandlerFailed(logger, e, message.Topic);
                }
            },
        };

        if (mqttOptions.Value.Mode == MqttMode.Embedded)
            await TryConnectAsync(_client, options, cancellationToken);
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var client = _client!;
        while (!client.IsConnected && !await TryConnectAsync(client, client.Options, stoppingToken))
            await Task.Delay(FirstConnectRetryDelay, timeProvider, stoppingToken);

        await foreach (var message in registry.Outbox.ReadAllAsync(stoppingToken))
            await PublishAsync(client, message, stoppingToken);
    }

    /// <summary>Connects and subscribes once; afterwards the client's auto-reconnect keeps it (and re-subscribes).</summary>
    private async Task<bool> TryConnectAsync(MqttClient client, MqttClientOptions options, CancellationToken cancellationToken)
    {
        var filter = _root + "/+/#";
        try
        {
            await client.ConnectAsync(cancellationToken);
            // No Local: our own set/call/get do not come back to us (MQTT 5.0 §3.8.3.1).
            await client.SubscribeAsync([new MqttTopicFilter { Topic = filter, QualityOfService = MqttQualityOfService.AtLeastOnce, NoLocal = true }],
                cancellationToken: cancellationToken);
            DevicesLog.Connected(logger, options.Host, options.Port, filter);
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            DevicesLog.ConnectFailed(logger, e, options.Host, options.Port, FirstConnectRetryDelay);
            if (client.IsConnected)
                await client.DisconnectAsync(cancellationToken: CancellationToken.None);
            return false;
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        if (_client is { } client)
        {
            try
            {
                await client.DisconnectAsync(cancellationToken: cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The broker may already be gone (it stops after us only if registered first).
            }

            await client.DisposeAsync();
        }
    }

    /// <summary>
    /// A pairing request (docs/mqtt-protocol.md "Pairing"), answered with the embedded broker only: with an external
    /// broker the hub cannot give a device credentials that broker would accept.
    /// </summary>
    private async Task AnswerPairingAsync(string deviceId, MqttApplicationMessage request)
    {
        if (mqttOptions.Value.Mode != MqttMode.Embedded || services.GetService<PairingResponder>() is not { } responder)
            return;
        if (responder.Answer(_root, deviceId, request) is { } answer && _client is { } client)
            await client.PublishAsync(answer, CancellationToken.None);
    }

    private async Task PublishAsync(MqttClient client, DeviceOutboundMessage outbound, CancellationToken cancellationToken)
    {
        var topic = $"{_root}/{outbound.DeviceId}/{outbound.TopicSuffix}";
        var message = new MqttApplicationMessage
        {
            Topic = topic,
            Payload = outbound.Payload,
            QualityOfService = MqttQualityOfService.AtLeastOnce,
            ContentType = "application/json",
            ResponseTopic = $"{_root}/{outbound.DeviceId}/reply",
            CorrelationData = Encoding.UTF8.GetBytes(outbound.CommandId),
        };
        try
        {
            var publish = client.PublishAsync(message, cancellationToken);
            registry.MarkSent(outbound.CommandId);
            await publish;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The command times out (or goes offline) on its own; nothing to undo here.
            DevicesLog.PublishFailed(logger, e, outbound.CommandId, outbound.DeviceId);
        }
    }

    private MqttClientOptions CreateClientOptions()
    {
        var mqtt = mqttOptions.Value;
        if (mqtt.Mode == MqttMode.External)
        {
            var external = ExternalBrokerService.CreateClientOptions(mqtt.Url!, timeProvider);
            external.ClientId += "-devices";
            external.CleanStart = false;
            external.SessionExpiryInterval = SessionExpirySeconds;
            return external;
        }

        var broker = services.GetRequiredService<EmbeddedBrokerService>().Broker
            ?? throw new InvalidOperationException("The embedded broker has not started; AddMqtt must come before AddDevices.");
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
            ReconnectMinDelay = TimeSpan.FromMilliseconds(200),
            ReconnectMaxDelay = TimeSpan.FromSeconds(5),
            TimeProvider = timeProvider,
        };
    }
}
