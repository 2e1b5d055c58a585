using AiotHub.Gateway.Devices;
using AiotHub.Mqtt;
using AiotHub.Mqtt.Client;
using AiotHub.Mqtt.Protocol;
using Microsoft.Extensions.Options;

namespace AiotHub.Gateway.Mqtt;

/// <summary>
/// Mqtt:Mode External: the hub is a client of another broker (mosquitto in docker-compose.yml) at
/// Mqtt:Url. The first connection is retried until it succeeds; after that the client's own
/// auto-reconnect takes over.
/// </summary>
/// <param name="services">Finds the device link (registered by AddDevices) whose client queues /healthz shows.</param>
internal sealed class ExternalBrokerService(IOptions<MqttOptions> options, TimeProvider timeProvider, ILogger<ExternalBrokerService> logger,
    IServiceProvider? services = null)
    : BackgroundService, IMqttStatusSource
{
    private static readonly TimeSpan FirstConnectRetryDelay = TimeSpan.FromSeconds(5);
    private MqttClient? _client;
    private long _messagesIn;
    private long _messagesOut;

    /// <summary>The connected client, for the hub's own publishers and subscriptions; null before start.</summary>
    public MqttClient? Client => _client;

    public MqttStatus GetStatus()
    {
        var connected = _client?.IsConnected ?? false;
        return new MqttStatus(
            MqttMode.External,
            connected,
            Listening: null,
            connected,
            connected ? 1 : 0,
            Interlocked.Read(ref _messagesIn),
            Interlocked.Read(ref _messagesOut),
            Link: (services?.GetService<IDeviceLink>() as MqttClientDeviceLink)?.QueueCounters);
    }

    /// <summary>Publishes through the external broker, counted in /healthz's messagesOut.</summary>
    public async Task PublishAsync(MqttApplicationMessage message, CancellationToken cancellationToken)
    {
        var client = _client ?? throw new InvalidOperationException("The external MQTT client has not started.");
        await client.PublishAsync(message, cancellationToken);
        Interlocked.Increment(ref _messagesOut);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var clientOptions = CreateClientOptions(options.Value.Url!, timeProvider);
        _client = new MqttClient(clientOptions)
        {
            MessageReceived = _ =>
            {
                Interlocked.Increment(ref _messagesIn);
                return ValueTask.CompletedTask;
            },
        };
        _client.ConnectionStateChanged += (_, e) =>
        {
            if (!e.IsConnected && e.Exception is not null)
            {
                MqttLog.ExternalDisconnected(logger, e.Exception, clientOptions.Host, clientOptions.Port);
            }
        };

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await _client.ConnectAsync(stoppingToken);
                MqttLog.ExternalConnected(logger, clientOptions.Host, clientOptions.Port);
                break;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                MqttLog.ExternalConnectFailed(logger, e, clientOptions.Host, clientOptions.Port, FirstConnectRetryDelay);
                await Task.Delay(FirstConnectRetryDelay, timeProvider, stoppingToken);
            }
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        if (_client is { } client)
        {
            await client.DisconnectAsync(cancellationToken: cancellationToken);
            await client.DisposeAsync();
        }
    }

    internal static MqttClientOptions CreateClientOptions(Uri url, TimeProvider timeProvider)
    {
        var tls = url.Scheme == "mqtts";
        string? userName = null;
        string? password = null;
        if (url.UserInfo.Length > 0)
        {
            var parts = url.UserInfo.Split(':', 2);
            userName = Uri.UnescapeDataString(parts[0]);
            password = parts.Length > 1 ? Uri.UnescapeDataString(parts[1]) : null;
        }

        return new MqttClientOptions
        {
            Host = url.Host,
            Port = url.IsDefaultPort || url.Port < 0 ? (tls ? 8883 : 1883) : url.Port,
            UseTls = tls,
            UserName = userName,
            Password = password,
            ClientId = $"aiothub-{Environment.MachineName}".ToLowerInvariant(),
            ProtocolVersion = MqttProtocolVersion.V500,
            AutoReconnect = true,
            TimeProvider = timeProvider,
        };
    }
}
