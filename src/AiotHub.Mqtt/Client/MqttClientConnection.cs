using System.Threading.Channels;
using AiotHub.Mqtt.Formatter;
using AiotHub.Mqtt.Packets;
using AiotHub.Mqtt.Protocol;
using AiotHub.Mqtt.Transport;

namespace AiotHub.Mqtt.Client;

/// <summary>
/// One network connection after a successful CONNACK: one read loop, one writer draining a queue
/// (so nothing else ever touches the PipeWriter), and the keep-alive timer (§3.1.2.10). What it
/// reads goes to the owner's callback; the session state lives in <see cref="MqttClient"/>.
/// </summary>
internal sealed class MqttClientConnection
{
    private const int FlushThreshold = 64 * 1024;
    private readonly MqttTransportConnection _transport;
    private readonly Channel<MqttClientOutgoingPacket> _outgoing;
    private readonly int _outgoingCapacity;
    private readonly Action? _onOverflow;
    private readonly CancellationTokenSource _cts = new();
    private readonly TaskCompletionSource<Exception?> _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TimeProvider _time;
    private readonly TimeSpan _responseTimeout;
    private readonly int _readLimit;
    private readonly ushort _inboundAliasMaximum;
    private readonly ushort _outboundAliasMaximum;
    private readonly Dictionary<ushort, string> _inboundAliases = [];
    private readonly Dictionary<string, ushort> _outboundAliases = new(StringComparer.Ordinal);
    private Func<MqttClientConnection, MqttPacket, ValueTask>? _onPacket;
    private long _lastSent;
    private long _pingSentAt;
    private volatile bool _pingOutstanding;
    private Exception? _closeReason;
    private int _aborted;

    /// <param name="onOverflow">Called when packets to write pile up beyond their bound and the connection is closed for it.</param>
    public MqttClientConnection(MqttTransportConnection transport, MqttClientConnectResult connectResult, MqttClientOptions options, Action? onOverflow = null)
    {
        _transport = transport;
        // What may wait here is bounded by construction: publishes by OutgoingQueueLimit, PUBREL and resent QoS 1/2
        // publishes and requests by the 65,535 packet identifiers, PUBACK/PUBREC by the inbound queue, plus a few control
        // packets. Beyond that only a server that sends packets needing answers (PUBREL → PUBCOMP) while not reading ours
        // can fill it: the connection is then closed (the session resumes on reconnect) rather than the queue growing.
        _outgoingCapacity = options.OutgoingQueueLimit + options.InboundQueueLimit + ushort.MaxValue + 64;
        _outgoing = Channel.CreateBounded<MqttClientOutgoingPacket>(new BoundedChannelOptions(_outgoingCapacity)
        {
            SingleReader = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
        _onOverflow = onOverflow;
        ConnectResult = connectResult;
        Version = options.ProtocolVersion;
        _time = options.TimeProvider;
        _responseTimeout = options.CommunicationTimeout;
        _readLimit = MqttClientTransport.ReadLimit(options);
        if (Version == MqttProtocolVersion.V500)
        {
            _inboundAliasMaximum = options.TopicAliasMaximum ?? 0;
            _outboundAliasMaximum = options.UseTopicAliases ? connectResult.TopicAliasMaximum : (ushort)0;
        }

        _lastSent = _time.GetTimestamp();
    }

    public MqttProtocolVersion Version { get; }

    public MqttClientConnectResult ConnectResult { get; }

    /// <summary>Completes (never faults) once the connection is closed, with the reason or null when closed on purpose.</summary>
    public Task<Exception?> Closed => _closed.Task;

    public bool IsClosed => Volatile.Read(ref _aborted) != 0;

    /// <summary>Cancelled once the connection is closing: what waits on its behalf gives up.</summary>
    public CancellationToken Aborted => _cts.Token;

    public void Start(Func<MqttClientConnection, MqttPacket, ValueTask> onPacket)
    {
        _onPacket = onPacket;
        _ = RunAsync();
    }

    /// <summary>Queues a packet for the writer; false once the connection is closing, or closed because the queue overflowed.</summary>
    public bool Enqueue(MqttClientOutgoingPacket item)
    {
        if (_outgoing.Writer.TryWrite(item))
        {
            return true;
        }

        if (!IsClosed)
        {
            _onOverflow?.Invoke();
            Abort(new MqttClientDisconnectedException($"More than {_outgoingCapacity} packets waited to be written: the server is not reading."));
        }

        return false;
    }

    /// <summary>Closes at once; the first reason given wins.</summary>
    public void Abort(Exception? reason)
    {
        if (Interlocked.Exchange(ref _aborted, 1) != 0)
        {
            return;
        }

        _closeReason = reason;
        _outgoing.Writer.TryComplete();
        _cts.Cancel();
    }

    /// <summary>Writes <paramref name="disconnect"/> (if any) within <paramref name="timeout"/>, then closes.</summary>
    public async Task CloseAsync(MqttDisconnectPacket? disconnect, TimeSpan timeout)
    {
        if (disconnect is not null)
        {
            var written = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            if (Enqueue(MqttClientOutgoingPacket.ForPacket(disconnect, written)))
            {
                try
                {
                    await written.Task.WaitAsync(timeout, _time).ConfigureAwait(false);
                }
                catch (Exception)
                {
                    // Best effort: the connection goes either way.
                }
            }
        }

        Abort(null);
        await Closed.ConfigureAwait(false);
    }

    private async Task RunAsync()
    {
        await Task.WhenAll(ReadLoopAsync(), WriteLoopAsync(), KeepAliveLoopAsync()).ConfigureAwait(false);
        while (_outgoing.Reader.TryRead(out var item))
        {
            FailUnwritten(item);
        }

        try
        {
            await _transport.DisposeAsync().ConfigureAwait(false);
        }
        catch (Exception)
        {
            // The socket is gone already; nothing to report beyond the close reason.
        }

        _closed.TrySetResult(_closeReason);
    }

    private async Task ReadLoopAsync()
    {
        await Task.Yield();
        var input = _transport.Input;
        var token = _cts.Token;
        try
        {
            while (true)
            {
                var result = await input.ReadAsync(token).ConfigureAwait(false);
                var buffer = result.Buffer;
                var consumed = buffer.Start;
                var examined = buffer.End;
                try
                {
                    while (MqttPacketReader.TryRead(ref buffer, Version, _readLimit, out var packet))
                    {
                        consumed = buffer.Start;
                        await HandleAsync(packet).ConfigureAwait(false);
                    }

                    if (result.IsCompleted || result.IsCanceled)
                    {
                        Abort(new MqttClientDisconnectedException(buffer.IsEmpty
                            ? "The server closed the connection."
                            : "The server closed the connection in the middle of a packet."));
                        return;
                    }
                }
                finally
                {
                    input.AdvanceTo(consumed, examined);
                }
            }
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
        }
        catch (MqttProtocolException ex)
        {
            await SendDisconnectAndAbortAsync(ex).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            Abort(ex);
        }
    }

    private ValueTask HandleAsync(MqttPacket packet)
    {
        switch (packet)
        {
            case MqttPingRespPacket:
                _pingOutstanding = false;
                return ValueTask.CompletedTask;
            case MqttPublishPacket publish:
                ResolveTopicAlias(publish);
                break;
        }

        return _onPacket!(this, packet);
    }

    /// <summary>Topic aliases from the server (5.0 §3.3.2.3.4): scoped to this connection, 1..our Topic Alias Maximum.</summary>
    private void ResolveTopicAlias(MqttPublishPacket publish)
    {
        if (publish.TopicAlias is not { } alias)
        {
            return;
        }

        if (alias == 0 || alias > _inboundAliasMaximum)
        {
            throw new MqttProtocolException(MqttReasonCode.TopicAliasInvalid, $"Topic alias {alias} is outside 1..{_inboundAliasMaximum}.");
        }

        if (publish.Topic.Length > 0)
        {
            _inboundAliases[alias] = publish.Topic;
        }
        else if (_inboundAliases.TryGetValue(alias, out var topic))
        {
            publish.Topic = topic;
        }
        else
        {
            throw new MqttProtocolException(MqttReasonCode.ProtocolError, $"Topic alias {alias} was used before it was set.");
        }
    }

    /// <summary>In 5.0 the client tells the server why before closing (§4.13.2); in 3.1.1 it just closes.</summary>
    private async Task SendDisconnectAndAbortAsync(MqttProtocolException ex)
    {
        if (Version == MqttProtocolVersion.V500)
        {
            var written = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            if (Enqueue(MqttClientOutgoingPacket.ForPacket(new MqttDisconnectPacket { ReasonCode = ex.ReasonCode }, written)))
            {
                try
                {
                    await written.Task.WaitAsync(TimeSpan.FromSeconds(1), _time).ConfigureAwait(false);
                }
                catch (Exception)
                {
                }
            }
        }

        Abort(ex);
    }

    private async Task WriteLoopAsync()
    {
        var reader = _outgoing.Reader;
        var output = _transport.Output;
        var token = _cts.Token;
        var batch = new List<MqttClientOutgoingPacket>();
        try
        {
            while (await reader.WaitToReadAsync(token).ConfigureAwait(false))
            {
                while ((!output.CanGetUnflushedBytes || output.UnflushedBytes < FlushThreshold) && reader.TryRead(out var item))
                {
                    var packet = item.Packet ?? BuildPublish(item.Publish!, item.Dup);
                    MqttPacketWriter.Write(output, packet, Version);
                    batch.Add(item);
                }

                var flush = await output.FlushAsync(token).ConfigureAwait(false);
                Volatile.Write(ref _lastSent, _time.GetTimestamp());
                foreach (var item in batch)
                {
                    if (item.Publish is { QualityOfService: MqttQualityOfService.AtMostOnce } publish)
                    {
                        publish.Complete(null);
                    }

                    item.Written?.TrySetResult();
                }

                batch.Clear();
                if (flush.IsCompleted)
                {
                    Abort(new MqttClientDisconnectedException("The server stopped reading."));
                    return;
                }
            }
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
        }
        catch (Exception ex)
        {
            Abort(ex);
        }
        finally
        {
            foreach (var item in batch)
            {
                FailUnwritten(item);
            }
        }
    }

    /// <summary>Outgoing topic aliases (5.0 §3.3.2.3.4): the first PUBLISH of a topic sets an alias, later ones send only it.</summary>
    private MqttPublishPacket BuildPublish(MqttClientPendingPublish publish, bool dup)
    {
        var packet = publish.ToPacket(dup);
        if (_outboundAliasMaximum == 0)
        {
            return packet;
        }

        if (_outboundAliases.TryGetValue(packet.Topic, out var alias))
        {
            packet.TopicAlias = alias;
            packet.Topic = string.Empty;
        }
        else if (_outboundAliases.Count < _outboundAliasMaximum)
        {
            alias = (ushort)(_outboundAliases.Count + 1);
            _outboundAliases[packet.Topic] = alias;
            packet.TopicAlias = alias;
        }

        return packet;
    }

    /// <summary>
    /// PINGREQ after a keep-alive period without sending anything (§3.1.2.10); the connection is
    /// considered lost when no PINGRESP follows within the communication timeout (§3.12.4).
    /// </summary>
    private async Task KeepAliveLoopAsync()
    {
        var keepAlive = ConnectResult.KeepAlive;
        if (keepAlive <= TimeSpan.Zero)
        {
            return;
        }

        var token = _cts.Token;
        try
        {
            while (true)
            {
                var now = _time.GetTimestamp();
                TimeSpan delay;
                if (_pingOutstanding)
                {
                    var waited = _time.GetElapsedTime(Volatile.Read(ref _pingSentAt), now);
                    if (waited >= _responseTimeout)
                    {
                        Abort(new TimeoutException($"No PINGRESP within {_responseTimeout.TotalSeconds} s: the connection is considered lost."));
                        return;
                    }

                    delay = _responseTimeout - waited;
                }
                else
                {
                    var idle = _time.GetElapsedTime(Volatile.Read(ref _lastSent), now);
                    if (idle >= keepAlive)
                    {
                        Volatile.Write(ref _pingSentAt, now);
                        _pingOutstanding = true;
                        Enqueue(MqttClientOutgoingPacket.ForPacket(MqttPingReqPacket.Instance));
                        delay = keepAlive < _responseTimeout ? keepAlive : _responseTimeout;
                    }
                    else
                    {
                        delay = keepAlive - idle;
                    }
                }

                await Task.Delay(delay < TimeSpan.FromMilliseconds(10) ? TimeSpan.FromMilliseconds(10) : delay, _time, token)
                    .ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
        }
        catch (Exception ex)
        {
            Abort(ex);
        }
    }

    private static void FailUnwritten(MqttClientOutgoingPacket item)
    {
        // A QoS 1/2 PUBLISH stays in the session and is resent on the next connection (§4.4).
        if (item.Publish is { QualityOfService: MqttQualityOfService.AtMostOnce } publish)
        {
            publish.Completion.TrySetException(new MqttClientDisconnectedException("The connection was lost before the QoS 0 message was written."));
        }

        // Canceled rather than faulted: a waiter may have timed out already, and a fault nobody observes is reported as unobserved.
        item.Written?.TrySetCanceled();
    }
}
