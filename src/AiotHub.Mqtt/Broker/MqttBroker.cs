using System.Collections.Concurrent;
using System.Net;
using System.Runtime.InteropServices;
using System.Security.Cryptography.X509Certificates;
using AiotHub.Mqtt.Packets;
using AiotHub.Mqtt.Protocol;
using AiotHub.Mqtt.Transport;

namespace AiotHub.Mqtt.Broker;

/// <summary>
/// An MQTT 3.1.1 and 5.0 broker: TCP (and optionally TLS) listeners, sessions, routing, retained
/// messages and wills. It news up its own collaborators; the only seam is the transport.
/// </summary>
public sealed partial class MqttBroker : IAsyncDisposable
{
    [ThreadStatic]
    private static List<MqttSubscriptionMatch<MqttSession>>? t_deliveries;

    private readonly MqttBrokerOptions _options;
    private readonly TimeProvider _time;
    private readonly MqttSubscriptionTree<MqttSession> _subscriptions = new();
    private readonly MqttBrokerRetainedMessages _retained;
    private readonly Lock _sessionsLock = new();
    private readonly Dictionary<string, MqttSession> _sessions = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<MqttBrokerConnection, Task> _connections = new();
    private readonly List<MqttTcpListener> _listeners = [];
    private X509Certificate2? _certificate;
    private int _state; // 0 new, 1 started, 2 stopping/stopped
    private volatile bool _stopping;

    public MqttBroker(MqttBrokerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaximumPacketSize, 16, nameof(options.MaximumPacketSize));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.MaximumPacketSize, MqttBrokerOptions.MaximumPacketSizeLimit, nameof(options.MaximumPacketSize));
        ArgumentOutOfRangeException.ThrowIfZero(options.ReceiveMaximum, nameof(options.ReceiveMaximum));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaximumQueuedMessagesPerClient, 1, nameof(options.MaximumQueuedMessagesPerClient));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(options.ConnectTimeout, TimeSpan.Zero, nameof(options.ConnectTimeout));
        ArgumentNullException.ThrowIfNull(options.TimeProvider, nameof(options.TimeProvider));
        _options = options;
        _time = options.TimeProvider;
        _retained = new MqttBrokerRetainedMessages(_time);
    }

    /// <summary>The addresses the listeners are bound to (with the real port when 0 was asked for).</summary>
    public IReadOnlyList<IPEndPoint> LocalEndPoints => [.. _listeners.Select(l => l.LocalEndPoint)];

    public MqttBrokerCounters Counters { get; } = new();

    /// <summary>Subscriptions across all sessions (shared memberships included); for diagnostics and tests.</summary>
    internal int SubscriptionCount => _subscriptions.Count;

    /// <summary>Sessions held, connected or not; for diagnostics and tests.</summary>
    internal int SessionCount
    {
        get
        {
            lock (_sessionsLock)
            {
                return _sessions.Count;
            }
        }
    }

    /// <summary>Binds the listeners and starts accepting. Throws (SocketException) when a port is taken. A broker starts once.</summary>
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (Interlocked.CompareExchange(ref _state, 1, 0) != 0)
        {
            throw new InvalidOperationException("The broker has already been started.");
        }

        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            if (_options.Port is int port)
            {
                StartListener(new IPEndPoint(_options.Address, port), null);
            }

            if (_options.TlsPort is int tlsPort)
            {
                _certificate = LoadCertificate(_options.TlsCertificatePath, _options.TlsCertificatePassword);
                StartListener(new IPEndPoint(_options.Address, tlsPort), _certificate);
            }
        }
        catch
        {
            foreach (var listener in _listeners)
            {
                listener.Stop();
            }

            _listeners.Clear();
            throw;
        }

        Log(MqttBrokerLogLevel.Information, $"MQTT broker listening on {string.Join(", ", LocalEndPoints)}.", null, null);
        return Task.CompletedTask;
    }

    /// <summary>Stops accepting, sends 5.0 clients DISCONNECT 0x8B, flushes and closes every connection.</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref _state, 2) != 1)
        {
            return;
        }

        _stopping = true;
        foreach (var listener in _listeners)
        {
            listener.Stop();
        }

        foreach (var connection in _connections.Keys)
        {
            connection.Abort(MqttReasonCode.ServerShuttingDown);
        }

        try
        {
            await Task.WhenAll(_connections.Values).WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            lock (_sessionsLock)
            {
                foreach (var session in _sessions.Values)
                {
                    session.WillTimer?.Dispose();
                    session.ExpiryTimer?.Dispose();
                }
            }

            _certificate?.Dispose();
            Log(MqttBrokerLogLevel.Information, "MQTT broker stopped.", null, null);
        }
    }

    public async ValueTask DisposeAsync() => await StopAsync(CancellationToken.None).ConfigureAwait(false);

    /// <summary>
    /// Publishes a message from inside the process (the hub's own messages), as if a client without
    /// session had sent it: retained handling, routing and queueing are the same; ACLs do not apply.
    /// The broker keeps the payload and property objects: do not change them after the call.
    /// </summary>
    public ValueTask PublishAsync(MqttApplicationMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        cancellationToken.ThrowIfCancellationRequested();
        if (!MqttTopic.IsValidTopicName(message.Topic))
        {
            throw new ArgumentException($"'{message.Topic}' is not a valid topic name.", nameof(message));
        }

        var packet = new MqttPublishPacket
        {
            Topic = message.Topic,
            Payload = message.Payload,
            QualityOfService = message.QualityOfService,
            Retain = message.Retain,
            PayloadFormatIndicator = message.PayloadFormatIndicator,
            MessageExpiryInterval = message.MessageExpiryInterval,
            ContentType = message.ContentType,
            ResponseTopic = message.ResponseTopic,
            CorrelationData = message.CorrelationData,
            UserProperties = message.UserProperties,
        };
        Counters.MessageIn();
        Route(packet, null, _time.GetTimestamp());
        return ValueTask.CompletedTask;
    }

    internal void Log(MqttBrokerLogLevel level, string message, MqttBrokerConnection? connection, Exception? exception)
    {
        if (_options.Log is not { } log)
        {
            return;
        }

        try
        {
            log(new MqttBrokerLogEntry(level, message, connection?.ClientId, connection?.RemoteEndPoint, exception));
        }
        catch
        {
            // A failing log sink must not take a connection down.
        }
    }

    private void StartListener(IPEndPoint endPoint, X509Certificate2? certificate)
    {
        var listener = new MqttTcpListener(endPoint, certificate, _options.ConnectTimeout, _time, AcceptAsync,
            (message, ex) => Log(MqttBrokerLogLevel.Warning, message, null, ex));
        listener.Start();
        _listeners.Add(listener);
    }

    private Task AcceptAsync(MqttTransportConnection transport)
    {
        if (_stopping)
        {
            return transport.DisposeAsync().AsTask();
        }

        var connection = new MqttBrokerConnection(this, _options, Counters, transport);
        var run = connection.RunAsync();
        _connections[connection] = run;
        if (_stopping)
        {
            // StopAsync may have taken its snapshot of the connections just before this one was added.
            connection.Abort(MqttReasonCode.ServerShuttingDown);
        }

        return run.ContinueWith(static (_, state) =>
        {
            var (broker, connection) = ((MqttBroker, MqttBrokerConnection))state!;
            broker._connections.TryRemove(connection, out var _);
        }, (this, connection), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    private static X509Certificate2 LoadCertificate(string? path, string? password)
    {
        if (string.IsNullOrEmpty(path))
        {
            throw new InvalidOperationException("TlsPort is set but TlsCertificatePath is not.");
        }

        var extension = Path.GetExtension(path);
        if (extension.Equals(".pfx", StringComparison.OrdinalIgnoreCase) || extension.Equals(".p12", StringComparison.OrdinalIgnoreCase))
        {
            return X509CertificateLoader.LoadPkcs12FromFile(path, password);
        }

        // PEM with the certificate and its private key in the same file.
        return string.IsNullOrEmpty(password)
            ? X509Certificate2.CreateFromPemFile(path)
            : X509Certificate2.CreateFromEncryptedPemFile(path, password);
    }
}
