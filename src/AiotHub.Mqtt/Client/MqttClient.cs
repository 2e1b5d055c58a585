using System.Text;
using System.Threading.Channels;
using AiotHub.Mqtt.Formatter;
using AiotHub.Mqtt.Packets;
using AiotHub.Mqtt.Protocol;
using Polly;
using Polly.Retry;

namespace AiotHub.Mqtt.Client;

/// <summary>
/// An MQTT 3.1.1 / 5.0 client. One read loop and one writer per connection; the session state
/// (in-flight QoS 1/2 messages, inbound QoS 2 ids, subscriptions) outlives connections, so with
/// <see cref="MqttClientOptions.AutoReconnect"/> a lost connection is re-established with
/// exponential backoff and jitter, in-flight messages are resumed (§4.4), subscriptions are
/// re-sent when the server has no session, and publishes made meanwhile wait in a bounded queue.
/// </summary>
/// <remarks>
/// Received messages go to <see cref="MessageReceived"/>, one at a time in arrival order, from a
/// loop separate from the reader (so a handler may await its own publishes); QoS 1/2 messages are
/// acknowledged after the handler returns, even when it throws. A publish still unacknowledged when
/// the client disconnects without reconnecting fails for its caller but stays in the session and is
/// resent on the next <see cref="ConnectAsync"/>.
/// </remarks>
public sealed partial class MqttClient : IAsyncDisposable
{
    private static readonly AsyncLocal<bool> InsideHandler = new();
    private readonly MqttClientOptions _options;
    private readonly Lock _sync = new();
    private readonly MqttClientSession _session = new();
    private readonly SemaphoreSlim _connectGate = new(1, 1);
    private readonly CancellationTokenSource _disposeCts = new();
    private readonly MqttClientInboundQueue _inbound;
    private readonly SemaphoreSlim _outgoingSlots;
    private readonly ResiliencePipeline _reconnectPipeline;
    private readonly Task _deliveryTask;

    // With OverlapHandlerCompletions: handled messages waiting, in arrival order, for their handler's task to complete.
    private readonly Channel<(MqttClientInboundMessage Inbound, Task Handled)>? _completions;
    private volatile MqttClientConnection? _connection;
    private string _clientId;
    private bool _wantConnected;
    private int _disposeStarted;
    private bool _disposed;
    private CancellationTokenSource? _reconnectCts;
    private Task _reconnectTask = Task.CompletedTask;
    private long _outgoingWaits;
    private long _outgoingTimeouts;
    private long _writeQueueOverflows;

    public MqttClient(MqttClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.ProtocolVersion is not (MqttProtocolVersion.V311 or MqttProtocolVersion.V500))
        {
            throw new ArgumentException("ProtocolVersion must be V311 or V500.", nameof(options));
        }

        ArgumentOutOfRangeException.ThrowIfNegative(options.OfflineQueueLimit, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.InboundQueueLimit, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.OutgoingQueueLimit, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.OutgoingQueueTimeout, TimeSpan.Zero, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(options.CommunicationTimeout, TimeSpan.Zero, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(options.ConnectTimeout, TimeSpan.Zero, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.KeepAlive, TimeSpan.Zero, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(options.ReconnectMinDelay, TimeSpan.Zero, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.ReconnectMaxDelay, options.ReconnectMinDelay, nameof(options));
        _options = options;
        _clientId = options.ClientId;
        _inbound = new MqttClientInboundQueue(options.InboundQueueLimit);
        _outgoingSlots = new SemaphoreSlim(options.OutgoingQueueLimit, options.OutgoingQueueLimit);
        _reconnectPipeline = new ResiliencePipelineBuilder { TimeProvider = options.TimeProvider }
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<Exception>(ex => ex is not (OperationCanceledException or ObjectDisposedException)),
                MaxRetryAttempts = int.MaxValue,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.ReconnectMinDelay,
                MaxDelay = options.ReconnectMaxDelay,
            })
            .Build();
        if (options.OverlapHandlerCompletions)
        {
            _completions = Channel.CreateBounded<(MqttClientInboundMessage, Task)>(
                new BoundedChannelOptions(options.InboundQueueLimit) { SingleReader = true, SingleWriter = true });
        }

        _deliveryTask = DeliverLoopAsync();
    }

    public MqttClientOptions Options => _options;

    public bool IsConnected => _connection is { IsClosed: false };

    /// <summary>The bounded queues' depths and what their policies did so far (<see cref="MqttClientOptions.InboundQueueLimit"/>, <see cref="MqttClientOptions.OutgoingQueueLimit"/>).</summary>
    public MqttClientQueueCounters QueueCounters => new(
        _inbound.Count, _inbound.Dropped, _inbound.Pauses,
        _options.OutgoingQueueLimit - _outgoingSlots.CurrentCount, Interlocked.Read(ref _outgoingWaits), Interlocked.Read(ref _outgoingTimeouts),
        Interlocked.Read(ref _writeQueueOverflows));

    /// <summary>The configured client id, or the one the server assigned (§3.2.2.3.7).</summary>
    public string ClientId
    {
        get
        {
            lock (_sync)
            {
                return _clientId;
            }
        }
    }

    /// <summary>Called for each received application message; QoS 1/2 are acknowledged after it returns.</summary>
    public Func<MqttApplicationMessage, ValueTask>? MessageReceived { get; set; }

    /// <summary>Raised on connect, on a lost connection (with the reason) and on <see cref="DisconnectAsync"/>.</summary>
    public event EventHandler<MqttClientConnectionStateChangedEventArgs>? ConnectionStateChanged;

    /// <summary>
    /// Connects and waits for CONNACK. Throws <see cref="MqttClientConnectException"/> carrying the
    /// reason code when the server refuses, <see cref="TimeoutException"/> after <see cref="MqttClientOptions.ConnectTimeout"/>.
    /// </summary>
    public async Task<MqttClientConnectResult> ConnectAsync(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        await StopReconnectingAsync().ConfigureAwait(false);
        await _connectGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (IsConnected)
            {
                throw new InvalidOperationException("The MQTT client is already connected.");
            }

            return await ConnectCoreAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _connectGate.Release();
        }
    }

    /// <summary>
    /// Sends DISCONNECT (with <paramref name="reasonCode"/> in 5.0, §3.14.2.1) and closes. No reconnect follows.
    /// Publishes not yet sent fail with <see cref="MqttClientDisconnectedException"/>.
    /// </summary>
    public async Task DisconnectAsync(MqttReasonCode reasonCode = MqttReasonCode.NormalDisconnection, CancellationToken cancellationToken = default)
    {
        lock (_sync)
        {
            _wantConnected = false;
        }

        await StopReconnectingAsync().ConfigureAwait(false);
        await _connectGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            MqttClientConnection? connection;
            lock (_sync)
            {
                // Again here: a reconnect that finished while we waited for the gate set it back.
                _wantConnected = false;
                connection = _connection;
                _connection = null;
                FailOutstandingLocked(new MqttClientDisconnectedException("The client disconnected before the operation completed."));
            }

            if (connection is null)
            {
                return;
            }

            var disconnect = new MqttDisconnectPacket { ReasonCode = reasonCode };
            await connection.CloseAsync(disconnect, _options.CommunicationTimeout).ConfigureAwait(false);
            RaiseConnectionStateChanged(false, null, null);
        }
        finally
        {
            _connectGate.Release();
        }
    }

    /// <summary>
    /// Publishes a message. QoS 0 completes once written, QoS 1 on PUBACK, QoS 2 on PUBCOMP (§4.3);
    /// a 5.0 refusal comes back as the result's reason code. While disconnected with auto-reconnect
    /// the message waits in the offline queue (or fails with <see cref="MqttClientOfflineQueueFullException"/>);
    /// without auto-reconnect it fails with <see cref="MqttClientDisconnectedException"/>. Cancelling
    /// removes a message not yet sent; one already sent stays in the session and completes its flow.
    /// </summary>
    public async Task<MqttClientPublishResult> PublishAsync(MqttApplicationMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (!MqttTopic.IsValidTopicName(message.Topic))
        {
            throw new ArgumentException($"'{message.Topic}' is not a valid topic name (§4.7).", nameof(message));
        }

        if (message.QualityOfService > MqttQualityOfService.ExactlyOnce)
        {
            throw new ArgumentOutOfRangeException(nameof(message), "QoS must be 0, 1 or 2.");
        }

        await TakeOutgoingSlotAsync(cancellationToken).ConfigureAwait(false);
        var pending = new MqttClientPendingPublish(message);
        try
        {
            lock (_sync)
            {
                ObjectDisposedException.ThrowIf(_disposed, this);
                if (_connection is null)
                {
                    if (!(_wantConnected && _options.AutoReconnect))
                    {
                        throw new MqttClientDisconnectedException();
                    }

                    if (_session.WaitingCount >= _options.OfflineQueueLimit)
                    {
                        throw new MqttClientOfflineQueueFullException();
                    }
                }

                _session.Waiting.AddLast(pending.Node);
                PumpLocked();
            }
        }
        catch
        {
            _outgoingSlots.Release();
            throw;
        }

        // The slot is the message's until its flow ends: written (QoS 0), acknowledged (QoS 1/2), failed, or cancelled
        // while still waiting. A caller's cancellation after it was sent does not end the flow, so it keeps the slot.
        _ = pending.Completion.Task.ContinueWith(static (_, slots) => ((SemaphoreSlim)slots!).Release(), _outgoingSlots,
            CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);

        try
        {
            return await pending.Completion.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            lock (_sync)
            {
                if (pending.Node.List == _session.Waiting)
                {
                    _session.Waiting.Remove(pending.Node);
                    pending.Completion.TrySetCanceled(cancellationToken);
                }
            }

            throw;
        }
    }

    /// <summary>Room for one more publish, waiting up to <see cref="MqttClientOptions.OutgoingQueueTimeout"/> when the queue is full.</summary>
    private async Task TakeOutgoingSlotAsync(CancellationToken cancellationToken)
    {
        if (_outgoingSlots.Wait(0, CancellationToken.None))
        {
            return;
        }

        Interlocked.Increment(ref _outgoingWaits);
        using var timeout = new CancellationTokenSource(_options.OutgoingQueueTimeout, _options.TimeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            await _outgoingSlots.WaitAsync(linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            Interlocked.Increment(ref _outgoingTimeouts);
            throw new MqttClientOutgoingQueueFullException(
                $"{_options.OutgoingQueueLimit} publishes were still not done after {_options.OutgoingQueueTimeout}; the message was not queued.");
        }
    }

    public Task<MqttClientSubscribeResult> SubscribeAsync(string topicFilter, MqttQualityOfService qualityOfService = MqttQualityOfService.AtMostOnce,
        CancellationToken cancellationToken = default) =>
        SubscribeAsync([new MqttTopicFilter { Topic = topicFilter, QualityOfService = qualityOfService }], null, null, cancellationToken);

    /// <summary>
    /// Subscribes (§3.8) and returns SUBACK's codes, one per filter. Granted subscriptions are
    /// remembered and re-sent after a reconnect to a server that has no session for us.
    /// </summary>
    public async Task<MqttClientSubscribeResult> SubscribeAsync(IReadOnlyList<MqttTopicFilter> topicFilters, uint? subscriptionIdentifier = null,
        IReadOnlyList<MqttUserProperty>? userProperties = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(topicFilters);
        if (topicFilters.Count == 0)
        {
            throw new ArgumentException("At least one topic filter is required (§3.8.3).", nameof(topicFilters));
        }

        foreach (var filter in topicFilters)
        {
            if (!MqttTopic.IsValidTopicFilter(filter.Topic))
            {
                throw new ArgumentException($"'{filter.Topic}' is not a valid topic filter (§4.7).", nameof(topicFilters));
            }
        }

        // §3.8.2.1.2: 1 to 268,435,455.
        if (subscriptionIdentifier is 0 or > 268_435_455)
        {
            throw new ArgumentOutOfRangeException(nameof(subscriptionIdentifier), "A subscription identifier is 1 to 268,435,455.");
        }

        var packet = new MqttSubscribePacket
        {
            TopicFilters = [.. topicFilters],
            SubscriptionIdentifier = subscriptionIdentifier,
            UserProperties = userProperties is null ? null : [.. userProperties],
        };
        var response = await SendRequestAsync(packet, cancellationToken).ConfigureAwait(false);
        if (response is not MqttSubAckPacket subAck || subAck.ReasonCodes.Count != topicFilters.Count)
        {
            throw new MqttProtocolException("SUBACK must carry one reason code per topic filter (§3.9.3).");
        }

        lock (_sync)
        {
            for (var i = 0; i < topicFilters.Count; i++)
            {
                if (subAck.ReasonCodes[i] < MqttReasonCode.UnspecifiedError)
                {
                    _session.Subscriptions[topicFilters[i].Topic] = new MqttSubscribePacket
                    {
                        TopicFilters = [topicFilters[i]],
                        SubscriptionIdentifier = subscriptionIdentifier,
                        UserProperties = packet.UserProperties,
                    };
                }
            }
        }

        return new MqttClientSubscribeResult(subAck);
    }

    /// <summary>Unsubscribes (§3.10); the filters are no longer re-sent after a reconnect.</summary>
    public async Task<MqttClientUnsubscribeResult> UnsubscribeAsync(IReadOnlyList<string> topicFilters,
        IReadOnlyList<MqttUserProperty>? userProperties = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(topicFilters);
        if (topicFilters.Count == 0)
        {
            throw new ArgumentException("At least one topic filter is required (§3.10.3).", nameof(topicFilters));
        }

        var packet = new MqttUnsubscribePacket
        {
            TopicFilters = [.. topicFilters],
            UserProperties = userProperties is null ? null : [.. userProperties],
        };
        var response = await SendRequestAsync(packet, cancellationToken).ConfigureAwait(false);
        if (response is not MqttUnsubAckPacket unsubAck)
        {
            throw new MqttProtocolException("Expected UNSUBACK.");
        }

        lock (_sync)
        {
            foreach (var filter in topicFilters)
            {
                _session.Subscriptions.Remove(filter);
            }
        }

        return new MqttClientUnsubscribeResult(unsubAck, topicFilters.Count);
    }

    public Task<MqttClientUnsubscribeResult> UnsubscribeAsync(string topicFilter, CancellationToken cancellationToken = default) =>
        UnsubscribeAsync([topicFilter], null, cancellationToken);

    /// <summary>Disconnects gracefully if connected, stops reconnecting, and fails whatever is still pending.</summary>
    public async ValueTask DisposeAsync()
    {
        // Once, even when two owners dispose at the same time (a host stopping while its service
        // shuts the client down): the second returns at once instead of cancelling a disposed source.
        if (Interlocked.Exchange(ref _disposeStarted, 1) != 0)
        {
            return;
        }

        lock (_sync)
        {
            _wantConnected = false;
        }

        try
        {
            await DisconnectAsync(MqttReasonCode.NormalDisconnection, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception)
        {
            // Disposal is best effort towards the server.
        }

        lock (_sync)
        {
            _disposed = true;
            var disposed = new ObjectDisposedException(nameof(MqttClient));
            FailOutstandingLocked(disposed);
            foreach (var publish in _session.InFlight)
            {
                publish.Completion.TrySetException(disposed);
            }

            _session.InFlight.Clear();
            _session.InFlightById.Clear();
        }

        _disposeCts.Cancel();
        await StopReconnectingAsync().ConfigureAwait(false);
        _inbound.Complete();
        if (!InsideHandler.Value)
        {
            await _deliveryTask.ConfigureAwait(false);
        }

        _disposeCts.Dispose();
    }

    /// <summary>
    /// Drops the network connection without DISCONNECT, as a crash or a pulled cable would: the server
    /// publishes the will, and with auto-reconnect the client reconnects. For tests, diagnostics and
    /// fault injection (the device simulators use it to make the broker send a device's last will).
    /// </summary>
    public void AbortConnection() => _connection?.Abort(new MqttClientDisconnectedException("The connection was aborted."));

    /// <summary>
    /// Hands waiting publishes to the connection in order while the server's Receive Maximum
    /// (§4.9) leaves room, after applying its Maximum QoS, Retain Available and Maximum Packet Size.
    /// </summary>
    private void PumpLocked()
    {
        if (_connection is not { } connection)
        {
            return;
        }

        var limits = connection.ConnectResult;
        while (_session.Waiting.First is { } node)
        {
            var publish = node.Value;
            if (publish.QualityOfService > limits.MaximumQoS)
            {
                publish.QualityOfService = limits.MaximumQoS;
            }

            if (publish.Message.Retain && !limits.RetainAvailable)
            {
                _session.Waiting.Remove(node);
                publish.Completion.TrySetException(new MqttProtocolException(MqttReasonCode.RetainNotSupported,
                    "The server does not support retained messages (§3.2.2.3.5)."));
                continue;
            }

            if (limits.MaximumPacketSize is { } maximum
                && MqttPacketWriter.GetSize(publish.ToSizingPacket(), connection.Version) > maximum)
            {
                _session.Waiting.Remove(node);
                publish.Completion.TrySetException(new MqttProtocolException(MqttReasonCode.PacketTooLarge,
                    $"The message exceeds the server's Maximum Packet Size of {maximum} bytes (§3.2.2.3.6)."));
                continue;
            }

            if (publish.QualityOfService != MqttQualityOfService.AtMostOnce)
            {
                if (_session.InFlight.Count >= limits.ReceiveMaximum || !_session.TryAllocatePacketIdentifier(out var id))
                {
                    return;
                }

                _session.Waiting.Remove(node);
                publish.PacketIdentifier = id;
                publish.State = MqttClientPendingPublishState.Published;
                _session.AddInFlight(publish);
            }
            else
            {
                _session.Waiting.Remove(node);
            }

            if (!connection.Enqueue(MqttClientOutgoingPacket.ForPublish(publish, dup: false))
                && publish.QualityOfService == MqttQualityOfService.AtMostOnce)
            {
                // The connection is closing and not yet replaced; a QoS 1/2 message stays in flight and is resent.
                publish.Completion.TrySetException(new MqttClientDisconnectedException("The connection was lost before the QoS 0 message was written."));
            }
        }
    }

    private async Task<MqttPacket> SendRequestAsync(MqttPacketWithIdentifier packet, CancellationToken cancellationToken)
    {
        var tcs = MqttClientSession.CreateRequest();
        ushort id;
        lock (_sync)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            var connection = _connection ?? throw new MqttClientDisconnectedException();
            if (!_session.TryAllocatePacketIdentifier(out id))
            {
                throw new InvalidOperationException("All 65,535 packet identifiers are in use.");
            }

            packet.PacketIdentifier = id;
            _session.Requests[id] = tcs;
            connection.Enqueue(MqttClientOutgoingPacket.ForPacket(packet));
        }

        try
        {
            return await tcs.Task.WaitAsync(_options.CommunicationTimeout, _options.TimeProvider, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            lock (_sync)
            {
                if (_session.Requests.TryGetValue(id, out var current) && current == tcs)
                {
                    _session.Requests.Remove(id);
                }
            }
        }
    }

    /// <summary>Pending requests and not-yet-sent publishes fail; sent QoS 1/2 publishes fail for their callers but stay in the session (§4.4).</summary>
    private void FailOutstandingLocked(Exception exception)
    {
        FailRequestsLocked(exception);
        while (_session.Waiting.First is { } node)
        {
            _session.Waiting.Remove(node);
            node.Value.Completion.TrySetException(exception);
        }

        foreach (var publish in _session.InFlight)
        {
            publish.Completion.TrySetException(exception);
        }
    }

    private void FailRequestsLocked(Exception exception)
    {
        foreach (var request in _session.Requests.Values)
        {
            request.TrySetException(exception);
        }

        _session.Requests.Clear();
    }

    private void RaiseConnectionStateChanged(bool isConnected, MqttClientConnectResult? result, Exception? exception)
    {
        try
        {
            ConnectionStateChanged?.Invoke(this, new MqttClientConnectionStateChangedEventArgs(isConnected, result, exception));
        }
        catch (Exception)
        {
            // A subscriber's failure must not break the client's state machine.
        }
    }
}
