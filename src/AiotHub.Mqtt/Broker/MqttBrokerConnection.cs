using System.Buffers;
using System.Collections.Concurrent;
using System.IO.Pipelines;
using System.Net;
using AiotHub.Mqtt.Formatter;
using AiotHub.Mqtt.Packets;
using AiotHub.Mqtt.Protocol;
using AiotHub.Mqtt.Transport;

namespace AiotHub.Mqtt.Broker;

/// <summary>
/// One client's network connection: a read loop that decodes and handles packets, and one writer
/// that drains control packets and the session's queue into the pipe, flushing once per batch.
/// Nothing escapes <see cref="RunAsync"/>: every failure ends in closing this connection only.
/// </summary>
internal sealed partial class MqttBrokerConnection
{
    private const int WriterBatchBytes = 64 * 1024;

    // A client that floods PINGREQ or QoS 1 PUBLISH without reading would grow the acknowledgement
    // queue without bound; past this many pending control packets the reader waits for the writer.
    private const int MaximumControlBacklog = 1024;

    private static readonly TimeSpan CloseTimeout = TimeSpan.FromSeconds(2);

    private readonly MqttBroker _broker;
    private readonly MqttBrokerOptions _options;
    private readonly MqttBrokerCounters _counters;
    private readonly TimeProvider _time;
    private readonly MqttTransportConnection _transport;
    private readonly CancellationTokenSource _lifetime = new();
    private readonly MqttAsyncSignal _writerSignal = new();
    private readonly MqttControlQueue _control = new();

    // Decodes every PUBLISH into one reused packet; Route copies it only when someone receives it.
    // Small on purpose: a device publishes a handful of topics, and every idle connection pays for
    // the cache slots and the first payload buffer (which grows on demand).
    private readonly MqttReusablePacketReader _reader = new(topicCacheSize: 16, initialPayloadCapacity: 0);
    private readonly MqttAsyncSignal _writerProgress = new();

    // Writer-only scratch packets: an outbound PUBLISH or acknowledgement is encoded without
    // allocating. Created on first use, so an idle subscriber does not carry the ones it never sends.
    private MqttPublishPacket? _outgoing;
    private MqttPubAckPacket? _pubAck;
    private MqttPubRecPacket? _pubRec;
    private MqttPubRelPacket? _pubRel;
    private MqttPubCompPacket? _pubComp;

    private MqttProtocolVersion _version;
    private MqttProtocolVersion _connectLevelHint;
    private MqttSession? _session;
    private Task? _sentDurable; // Writer only: the store task of the last QoS 2 PUBLISH encoded, awaited before the flush.
    private MqttConnectPacket? _connect;
    private ITimer? _connectTimer;
    private ITimer? _keepAliveTimer;
    private long _lastPacketTimestamp;
    private TimeSpan _keepAliveLimit;
    private int _disconnectReason = -1;
    private bool _writerStopping;
    private bool _clientDisconnected;
    private bool _publishWill;

    // The client's limits (MQTT 5.0 §3.1.2.11).
    private int _outboundWindow;
    private uint _clientMaximumPacketSize;
    private ushort _clientTopicAliasMaximum;
    private Dictionary<string, ushort>? _outboundAliases;
    private string?[]? _inboundAliases;

    public MqttBrokerConnection(MqttBroker broker, MqttBrokerOptions options, MqttBrokerCounters counters,
        MqttTransportConnection transport)
    {
        _broker = broker;
        _options = options;
        _counters = counters;
        _time = options.TimeProvider;
        _transport = transport;
        _lastPacketTimestamp = _time.GetTimestamp();
    }

    public EndPoint? RemoteEndPoint => _transport.RemoteEndPoint;

    public string? ClientId => _session?.ClientId ?? _connect?.ClientId;

    public MqttProtocolVersion ProtocolVersion => _version;

    public MqttSession? Session => Volatile.Read(ref _session);

    /// <summary>The will to publish when this connection ends, unless a normal DISCONNECT cleared it (§3.1.2.5).</summary>
    public MqttWillMessage? Will => Volatile.Read(ref _publishWill) ? _connect?.Will : null;

    /// <summary>Completes when the connection is closed and detached from its session.</summary>
    public Task Completion { get; private set; } = Task.CompletedTask;

    /// <summary>Runs the connection to its end in the background (<see cref="Completion"/>).</summary>
    public void Start() => Completion = RunAsync();

    private async Task RunAsync()
    {
        await Task.Yield();
        _counters.ConnectionOpened();
        var writer = RunWriterAsync();
        _connectTimer = _time.CreateTimer(static state => ((MqttBrokerConnection)state!).OnConnectTimeout(), this,
            _options.ConnectTimeout, Timeout.InfiniteTimeSpan);
        try
        {
            await ReadLoopAsync().ConfigureAwait(false);
        }
        catch (MqttProtocolException ex)
        {
            OnProtocolError(ex);
        }
        catch (OperationCanceledException) when (_lifetime.IsCancellationRequested)
        {
            // Closed by the broker: keep-alive, takeover, connect timeout or shutdown.
        }
        catch (Exception ex) when (ex is IOException or System.Net.Sockets.SocketException or ObjectDisposedException)
        {
            // The peer went away.
        }
        catch (Exception ex)
        {
            _broker.Log(MqttBrokerLogLevel.Error, "Connection failed unexpectedly.", this, ex);
            SetDisconnectReason(MqttReasonCode.UnspecifiedError);
        }
        finally
        {
            try
            {
                await CloseAsync(writer).ConfigureAwait(false);
            }
            finally
            {
                _broker.OnConnectionEnded(this);
            }
        }
    }

    /// <summary>Forgets the will: a new connection takes the session over and continues it (§3.1.4).</summary>
    public void DiscardWill() => Volatile.Write(ref _publishWill, false);

    /// <summary>Wakes the writer: the session has something to send.</summary>
    public void SignalWriter() => _writerSignal.Set();

    /// <summary>Ends the connection from outside (takeover, keep-alive, shutdown); 5.0 clients get DISCONNECT with <paramref name="reasonCode"/>.</summary>
    public void Abort(MqttReasonCode? reasonCode)
    {
        if (reasonCode is { } code)
        {
            SetDisconnectReason(code);
        }

        try
        {
            _lifetime.Cancel();
        }
        catch (ObjectDisposedException)
        {
        }

        _writerProgress.Set();
    }

    private async Task ReadLoopAsync()
    {
        var input = _transport.Input;
        var token = _lifetime.Token;
        var first = true;
        while (true)
        {
            var read = input.ReadAsync(token);
            if (read.IsCompleted && !first)
            {
                // Fairness: with data already waiting the read completes synchronously, and a flooding peer would
                // keep this thread for ever — on two cores, every writer (and the hub's own link) would wait behind
                // two readers. Yield once per buffer: to the thread pool's global queue, behind the other
                // connections' reads, while the writers this buffer woke run first from this thread's local queue.
                // Not before the connection's first buffer (its CONNECT): RunAsync has just yielded, and a second
                // trip through the queue would only lengthen every reconnect storm's backlog.
                await Task.Yield();
            }

            first = false;
            var result = await read.ConfigureAwait(false);
            var buffer = result.Buffer;
            var consumed = buffer.Start;
            var examined = buffer.End;
            try
            {
                var length = buffer.Length;
                if (_connect is null)
                {
                    _connectLevelHint = PeekConnectLevel(buffer);
                }

                while (_reader.TryRead(ref buffer, _version, _options.MaximumPacketSize, out var packet))
                {
                    consumed = buffer.Start;
                    _counters.AddBytesIn(length - buffer.Length);
                    length = buffer.Length;
                    Volatile.Write(ref _lastPacketTimestamp, _time.GetTimestamp());
                    var keepReading = packet is MqttConnectPacket connect
                        ? await HandleConnectAsync(connect, token).ConfigureAwait(false)
                        : HandlePacket(packet);
                    if (!keepReading)
                    {
                        return;
                    }

                    if (_backpressure.Count > 0)
                    {
                        // Subscribers' queues are full and they keep up (or the message is QoS 1/2): stop reading
                        // from this publisher until each has room (MqttBrokerConnection.Backpressure.cs).
                        foreach (var subscriber in _backpressure)
                        {
                            await WaitForRoomAsync(subscriber, token).ConfigureAwait(false);
                        }

                        _backpressure.Clear();
                    }

                    if (ControlBacklog > MaximumControlBacklog)
                    {
                        // Backpressure: stop reading until the writer has sent what is owed.
                        await WaitForRepliesAsync(token).ConfigureAwait(false);
                    }
                }

                if (result.IsCompleted || result.IsCanceled)
                {
                    return;
                }
            }
            finally
            {
                input.AdvanceTo(consumed, examined);
            }
        }
    }

    private void OnConnectTimeout()
    {
        if (Volatile.Read(ref _connect) is null)
        {
            _broker.Log(MqttBrokerLogLevel.Debug, "No CONNECT within the connect timeout; closing.", this, null);
            Abort(null);
        }
    }

    private void OnKeepAliveTimer()
    {
        // §3.1.2.10: no control packet within one and a half times the keep alive. While the broker itself does
        // not read (backpressure), the silence is not the client's.
        if (!Volatile.Read(ref _readPaused) && _time.GetElapsedTime(Volatile.Read(ref _lastPacketTimestamp)) > _keepAliveLimit)
        {
            _broker.Log(MqttBrokerLogLevel.Debug, "Keep alive timed out; closing.", this, null);
            Abort(MqttReasonCode.KeepAliveTimeout);
        }
    }

    private void SetDisconnectReason(MqttReasonCode reasonCode) =>
        Interlocked.CompareExchange(ref _disconnectReason, (int)reasonCode, -1);

    // Packets owed to the peer: queued for the writer, or waiting for their store write.
    private int ControlBacklog => _control.Count + Volatile.Read(ref _durableControlCount);

    private void EnqueueControl(MqttPacket packet)
    {
        _control.Enqueue(new MqttControlItem(packet));
        _writerSignal.Set();
    }

    private void EnqueueAcknowledgement(MqttPacketType type, ushort packetIdentifier, MqttReasonCode reasonCode)
    {
        _control.Enqueue(new MqttControlItem(null, type, packetIdentifier, reasonCode));
        _writerSignal.Set();
    }

}
