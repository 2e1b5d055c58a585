using AiotHub.Mqtt;
using AiotHub.Mqtt.Client;
using AiotHub.Mqtt.Packets;
using AiotHub.Mqtt.Protocol;
using AiotHub.Simulators.Devices;

namespace AiotHub.Simulators.Fleet;

/// <summary>
/// One simulated device's MQTT connection: client id = device id (and its own credentials when the fleet has
/// them), the last will on its availability
/// topic, subscriptions to set/call/get/ota, announce on every connect. It does not reconnect by itself
/// (the client's auto-reconnect is off): the fleet tick brings it back, after an injected outage
/// has run its course or a failed connect its backoff.
/// </summary>
internal sealed class DeviceConnection
{
    private const int Disconnected = 0, Connecting = 1, Connected = 2;
    private readonly MqttClient _client;
    private readonly FleetOptions _options;
    private readonly Action<DeviceMessage> _publish;
    private int _state;
    private DateTimeOffset _retryAt;
    private TimeSpan _backoff;

    public DeviceConnection(SimulatedDevice device, FleetOptions options)
    {
        Device = device;
        _options = options;
        _backoff = options.ReconnectDelay;
        _publish = Publish;
        var credential = options.Credentials.GetValueOrDefault(device.Id);
        _client = new MqttClient(new MqttClientOptions
        {
            Host = options.Host,
            Port = options.Port,
            ProtocolVersion = options.ProtocolVersion,
            ClientId = device.Id,
            CleanStart = true,
            KeepAlive = options.KeepAlive,
            UserName = credential is null ? options.UserName : credential.UserName,
            Password = credential is null ? options.Password : credential.Password,
            UseTls = options.UseTls || credential?.ClientCertificate is not null,
            TlsCaCertificate = options.TlsCaCertificate,
            TlsClientCertificates = credential?.ClientCertificate is { } certificate ? [certificate] : null,
            // docs/mqtt-protocol.md § availability: retained, QoS 1.
            Will = new MqttWillMessage
            {
                Topic = device.Topic("availability"),
                Payload = SimulatedDevice.LastWillPayload,
                QualityOfService = MqttQualityOfService.AtLeastOnce,
                Retain = true,
            },
            AutoReconnect = false,
            TimeProvider = options.TimeProvider,
        });
        _client.MessageReceived = OnMessage;
        _client.ConnectionStateChanged += (_, e) =>
        {
            if (!e.IsConnected)
            {
                Device.Attach(null);
                Volatile.Write(ref _state, Disconnected);
            }
        };
    }

    public SimulatedDevice Device { get; }

    public bool IsConnected => Volatile.Read(ref _state) == Connected && _client.IsConnected;

    public long ConnectFailures { get; private set; }

    public long Connects { get; private set; }

    /// <summary>Connects, subscribes, then announces; false (and a backoff) on failure.</summary>
    public async Task<bool> ConnectAsync(SemaphoreSlim gate, CancellationToken cancellationToken)
    {
        if (Interlocked.CompareExchange(ref _state, Connecting, Disconnected) != Disconnected)
            return IsConnected;
        try
        {
            await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            Volatile.Write(ref _state, Disconnected);
            throw;
        }

        try
        {
            await _client.ConnectAsync(cancellationToken).ConfigureAwait(false);
            var root = Device.Topic(string.Empty);
            await _client.SubscribeAsync(
                [
                    new MqttTopicFilter { Topic = root + "set", QualityOfService = MqttQualityOfService.AtLeastOnce },
                    new MqttTopicFilter { Topic = root + "call", QualityOfService = MqttQualityOfService.AtLeastOnce },
                    new MqttTopicFilter { Topic = root + "get", QualityOfService = MqttQualityOfService.AtLeastOnce },
                    new MqttTopicFilter { Topic = root + "ota", QualityOfService = MqttQualityOfService.AtLeastOnce },
                ], cancellationToken: cancellationToken).ConfigureAwait(false);
            Device.Attach(_publish);
            Device.OnConnected();
            Connects++;
            _backoff = _options.ReconnectDelay;
            Volatile.Write(ref _state, Connected);
            return true;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            _client.AbortConnection();
            Volatile.Write(ref _state, Disconnected);
            throw;
        }
        catch (Exception)
        {
            ConnectFailures++;
            _client.AbortConnection();
            _retryAt = _options.TimeProvider.GetUtcNow() + (_backoff * (0.5 + Random.Shared.NextDouble()));
            _backoff = TimeSpan.FromTicks(Math.Min(_backoff.Ticks * 2, TimeSpan.FromSeconds(30).Ticks));
            Volatile.Write(ref _state, Disconnected);
            return false;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>The fleet tick: an injected outage aborts the link; a lost link comes back when allowed; then the device ticks.</summary>
    public void Tick(DateTimeOffset now, SemaphoreSlim gate, CancellationToken stopping)
    {
        // A link lost between connecting and announcing may have been reported before we marked it connected.
        if (Volatile.Read(ref _state) == Connected && !_client.IsConnected)
        {
            Device.Attach(null);
            Interlocked.CompareExchange(ref _state, Disconnected, Connected);
        }

        if (Device.TakeAbortRequest())
        {
            Device.Attach(null);
            _client.AbortConnection();
        }
        else if (Volatile.Read(ref _state) == Disconnected && !stopping.IsCancellationRequested && !Device.IsInOutage && now >= _retryAt)
        {
            _ = ConnectAsync(gate, stopping);
        }

        Device.Tick();
    }

    /// <summary>A planned disconnect: availability offline (shutdown), then DISCONNECT, so no will is sent.</summary>
    public async Task StopAsync()
    {
        Device.Attach(null);
        Device.StopOta();
        try
        {
            if (_client.IsConnected)
            {
                await PublishCoreAsync(SimulatedDevice.ShutdownMessage).WaitAsync(TimeSpan.FromSeconds(5)).ConfigureAwait(false);
                await _client.DisconnectAsync().ConfigureAwait(false);
            }
        }
        catch (Exception)
        {
            // Best effort: the broker sends the will if this did not get through.
        }

        await _client.DisposeAsync().ConfigureAwait(false);
    }

    private void Publish(DeviceMessage message)
    {
        var task = PublishCoreAsync(message);
        if (!task.IsCompleted)
            _ = task.ContinueWith(static t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        else if (task.IsFaulted)
            _ = task.Exception;
    }

    private Task<MqttClientPublishResult> PublishCoreAsync(DeviceMessage message) =>
        _client.PublishAsync(new MqttApplicationMessage
        {
            Topic = Device.Topic(message.Subtopic),
            Payload = message.Payload,
            QualityOfService = message.QualityOfService,
            Retain = message.Retain,
            CorrelationData = message.CorrelationId is { } id && _options.ProtocolVersion == MqttProtocolVersion.V500
                ? System.Text.Encoding.UTF8.GetBytes(id)
                : null,
        });

    private ValueTask OnMessage(MqttApplicationMessage message)
    {
        var topic = message.Topic;
        var slash = topic.LastIndexOf('/');
        if (slash > 0 && topic.AsSpan(slash + 1).SequenceEqual("ota"))
            Device.HandleOta(message.Payload.Span);
        else if (slash > 0)
            Device.HandleCommand(topic[(slash + 1)..], message.Payload.Span);
        return ValueTask.CompletedTask;
    }
}
