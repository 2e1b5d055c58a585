using System.Collections.Concurrent;
using System.Net;
using System.Runtime.InteropServices;
using System.Security.Cryptography.X509Certificates;
using AiotHub.Mqtt.Broker.Persistence;
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
    private readonly MqttBrokerStore? _store;
    private readonly MqttSubscriptionTree<MqttSession> _subscriptions = new();
    private readonly MqttBrokerRetainedMessages _retained;
    private readonly Lock _sessionsLock = new();
    private readonly Dictionary<string, MqttSession> _sessions = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<MqttBrokerConnection, byte> _connections = new();
    private readonly List<MqttTcpListener> _listeners = [];
    private X509Certificate2? _certificate;
    private int _state; // 0 new, 1 started, 2 stopping/stopped
    private int _accepting; // 1 once the listeners accept
    private volatile bool _stopping;

    public MqttBroker(MqttBrokerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaximumPacketSize, 16, nameof(options.MaximumPacketSize));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.MaximumPacketSize, MqttBrokerOptions.MaximumPacketSizeLimit, nameof(options.MaximumPacketSize));
        ArgumentOutOfRangeException.ThrowIfZero(options.ReceiveMaximum, nameof(options.ReceiveMaximum));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaximumQueuedMessagesPerClient, 1, nameof(options.MaximumQueuedMessagesPerClient));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(options.ConnectTimeout, TimeSpan.Zero, nameof(options.ConnectTimeout));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.ConnectTimeout, MqttDeadlineTimer.MaximumStep, nameof(options.ConnectTimeout));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(options.SlowSubscriberTimeout, TimeSpan.Zero, nameof(options.SlowSubscriberTimeout));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.SlowSubscriberTimeout, MqttDeadlineTimer.MaximumStep, nameof(options.SlowSubscriberTimeout));
        ArgumentOutOfRangeException.ThrowIfNegative(options.MaximumTakeovers, nameof(options.MaximumTakeovers));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(options.TakeoverWindow, TimeSpan.Zero, nameof(options.TakeoverWindow));
        ArgumentOutOfRangeException.ThrowIfNegative(options.TakeoverCooldown.Ticks, nameof(options.TakeoverCooldown));
        ArgumentNullException.ThrowIfNull(options.TimeProvider, nameof(options.TimeProvider));
        _options = options;
        _time = options.TimeProvider;
        _store = options.Store;
        _retained = new MqttBrokerRetainedMessages(_time, _store, ex => OnStoreFailure(null, ex));
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

    /// <summary>Whether the listeners accept connections (<see cref="AcceptConnections"/>).</summary>
    public bool IsAcceptingConnections => Volatile.Read(ref _accepting) == 1;

    /// <summary>
    /// Binds the listeners and starts accepting. A port that cannot be opened (taken, not permitted) throws
    /// <see cref="MqttListenerException"/>, whose message names it, and no listener is left open. A broker starts once.
    /// </summary>
    public Task StartAsync(CancellationToken cancellationToken) => StartAsync(acceptConnections: true, cancellationToken);

    /// <summary>
    /// Restores the store and binds the listeners, as <see cref="StartAsync(CancellationToken)"/>; with
    /// <paramref name="acceptConnections"/> false the broker runs — local links attach, in-process publishes route — but
    /// accepts no connection until <see cref="AcceptConnections"/>: a client that connects meanwhile waits in the
    /// listener's backlog (its TCP handshake done, its CONNECT unread, no CONNACK). The hub attaches its device link
    /// in that moment, so no device message can arrive before the link that must receive it.
    /// </summary>
    public Task StartAsync(bool acceptConnections, CancellationToken cancellationToken)
    {
        if (Interlocked.CompareExchange(ref _state, 1, 0) != 0)
        {
            throw new InvalidOperationException("The broker has already been started.");
        }

        cancellationToken.ThrowIfCancellationRequested();
        if (_store is not null)
        {
            RestoreFromStore(_store);
        }

        try
        {
            if (_options.Port is int port)
            {
                BindListener(new IPEndPoint(_options.Address, port), null);
            }

            if (_options.TlsPort is int tlsPort)
            {
                _certificate = LoadCertificate(_options.TlsCertificatePath, _options.TlsCertificatePassword);
                BindListener(new IPEndPoint(_options.Address, tlsPort), _certificate);
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
        if (acceptConnections)
        {
            AcceptConnections();
        }

        return Task.CompletedTask;
    }

    /// <summary>
    /// Starts accepting the connections of a broker started with <c>acceptConnections: false</c>, those waiting in the
    /// backlog first. Does nothing when it already accepts or is stopping.
    /// </summary>
    /// <exception cref="InvalidOperationException">The broker has not been started.</exception>
    public void AcceptConnections()
    {
        var state = Volatile.Read(ref _state);
        if (state == 0)
        {
            throw new InvalidOperationException("The broker has not been started.");
        }

        if (state != 1 || Interlocked.Exchange(ref _accepting, 1) == 1)
        {
            return;
        }

        foreach (var listener in _listeners)
        {
            listener.BeginAccepting();
        }
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
            await Task.WhenAll(_connections.Keys.Select(static c => c.Completion)).WaitAsync(cancellationToken).ConfigureAwait(false);
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
    /// With a store, completes when what the message changed (retained set, persistent sessions'
    /// queues) is durable, as a client's PUBACK would.
    /// </summary>
    public ValueTask PublishAsync(MqttApplicationMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        cancellationToken.ThrowIfCancellationRequested();
        if (!MqttTopic.IsValidTopicName(message.Topic))
        {
            throw new ArgumentException($"'{message.Topic}' is not a valid topic name.", nameof(message));
        }

        var packet = message.ToPublishPacket();
        Counters.MessageIn();
        Route(packet, null, _time.GetTimestamp(), out var durable);
        return durable is null ? ValueTask.CompletedTask : new ValueTask(durable);
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

    private void BindListener(IPEndPoint endPoint, X509Certificate2? certificate)
    {
        var listener = new MqttTcpListener(endPoint, certificate, certificate is not null && _options.RequestClientCertificate,
            _options.ConnectTimeout, _time, Accept,
            (message, ex) => Log(MqttBrokerLogLevel.Warning, message, null, ex));
        try
        {
            listener.Bind();
        }
        catch (System.Net.Sockets.SocketException ex)
        {
            throw new MqttListenerException(endPoint, certificate is not null, ex);
        }

        _listeners.Add(listener);
    }

    private void Accept(MqttTransportConnection transport)
    {
        if (_stopping)
        {
            _ = transport.DisposeAsync().AsTask();
            return;
        }

        // Registered before it runs, so its end (OnConnectionEnded) always finds it; no continuation
        // or awaiting frame is kept per connection — an idle client costs only its own state.
        var connection = new MqttBrokerConnection(this, _options, Counters, transport);
        _connections[connection] = 0;
        connection.Start();
        if (_stopping)
        {
            // StopAsync may have taken its snapshot of the connections just before this one was added.
            connection.Abort(MqttReasonCode.ServerShuttingDown);
        }
    }

    /// <summary>The connection's last step: it is closed and detached from its session.</summary>
    internal void OnConnectionEnded(MqttBrokerConnection connection) => _connections.TryRemove(connection, out _);

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
