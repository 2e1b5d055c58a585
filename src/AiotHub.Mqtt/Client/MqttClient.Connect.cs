using System.Text;
using AiotHub.Mqtt.Formatter;
using AiotHub.Mqtt.Packets;
using AiotHub.Mqtt.Protocol;
using AiotHub.Mqtt.Transport;

namespace AiotHub.Mqtt.Client;

/// <summary>Connecting, resuming the session on a new connection (§4.4), noticing a lost one, and reconnecting.</summary>
public sealed partial class MqttClient
{
    private async Task<MqttClientConnectResult> ConnectCoreAsync(CancellationToken cancellationToken)
    {
        var version = _options.ProtocolVersion;
        using var timeout = new CancellationTokenSource(_options.ConnectTimeout, _options.TimeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token, _disposeCts.Token);
        MqttConnAckPacket connAck;
        var transport = await ConnectTransportAsync(timeout, linked.Token).ConfigureAwait(false);
        try
        {
            MqttPacketWriter.Write(transport.Output, BuildConnectPacket(), version);
            await transport.Output.FlushAsync(linked.Token).ConfigureAwait(false);
            var packet = await MqttClientTransport.ReadPacketAsync(transport.Input, version, MqttClientTransport.ReadLimit(_options), linked.Token)
                .ConfigureAwait(false);
            connAck = packet switch
            {
                MqttConnAckPacket ack => ack,
                null => throw new MqttClientConnectException("The server closed the connection before sending CONNACK."),
                _ => throw new MqttProtocolException($"Expected CONNACK, got {packet.Type} (§3.2)."),
            };
            if (connAck.ReasonCode != MqttReasonCode.Success)
            {
                throw new MqttClientConnectException(connAck.ReasonCode, connAck.ReasonString);
            }
        }
        catch (OperationCanceledException ex) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            await transport.DisposeAsync().ConfigureAwait(false);
            throw new TimeoutException($"No CONNACK from {_options.Host}:{_options.Port} within {_options.ConnectTimeout}.", ex);
        }
        catch
        {
            await transport.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        var clientId = string.IsNullOrEmpty(connAck.AssignedClientIdentifier) ? _clientId : connAck.AssignedClientIdentifier;
        var keepAlive = connAck.ServerKeepAlive is { } serverKeepAlive ? TimeSpan.FromSeconds(serverKeepAlive) : _options.KeepAlive;
        var result = new MqttClientConnectResult(connAck, clientId, keepAlive);
        var connection = new MqttClientConnection(transport, result, _options, () => Interlocked.Increment(ref _writeQueueOverflows));
        lock (_sync)
        {
            if (_disposed)
            {
                connection.Abort(null);
                throw new ObjectDisposedException(nameof(MqttClient));
            }

            _clientId = clientId;
            _connection = connection;
            _wantConnected = true;
            connection.Start(OnPacketAsync);
            ResumeSessionLocked(connection, connAck.SessionPresent);
        }

        _ = WatchAsync(connection);
        RaiseConnectionStateChanged(true, result, null);
        return result;
    }

    private async Task<MqttTransportConnection> ConnectTransportAsync(CancellationTokenSource timeout, CancellationToken token)
    {
        try
        {
            return await MqttClientTransport.ConnectAsync(_options, token).ConfigureAwait(false);
        }
        catch (OperationCanceledException ex) when (timeout.IsCancellationRequested)
        {
            throw new TimeoutException($"Could not connect to {_options.Host}:{_options.Port} within {_options.ConnectTimeout}.", ex);
        }
    }

    private MqttConnectPacket BuildConnectPacket()
    {
        var packet = new MqttConnectPacket
        {
            ProtocolVersion = _options.ProtocolVersion,
            ClientId = _clientId,
            CleanSession = _options.CleanStart,
            KeepAliveSeconds = (ushort)Math.Clamp(_options.KeepAlive.TotalSeconds, 0, ushort.MaxValue),
            UserName = _options.UserName,
            Password = _options.Password is null ? null : Encoding.UTF8.GetBytes(_options.Password),
            Will = _options.Will,
        };
        if (_options.ProtocolVersion == MqttProtocolVersion.V500)
        {
            packet.SessionExpiryInterval = _options.SessionExpiryInterval;
            // The inbound queue's bound doubles as Receive Maximum (§3.1.2.11.3): a server then never has more QoS 1/2
            // messages unacknowledged towards us than the queue holds, so the reader need not stop for them.
            packet.ReceiveMaximum = _options.ReceiveMaximum ?? (ushort)Math.Min(_options.InboundQueueLimit, ushort.MaxValue);
            packet.MaximumPacketSize = _options.MaximumPacketSize;
            packet.TopicAliasMaximum = _options.TopicAliasMaximum;
            packet.UserProperties = _options.UserProperties;
        }

        return packet;
    }

    /// <summary>
    /// §4.4: resend unacknowledged PUBLISH (DUP=1) and PUBREL with their original ids, in order.
    /// Without a server session (§3.2.2.2) inbound QoS 2 state is dropped and subscriptions re-sent.
    /// </summary>
    private void ResumeSessionLocked(MqttClientConnection connection, bool sessionPresent)
    {
        for (var node = _session.InFlight.First; node is not null;)
        {
            var publish = node.Value;
            node = node.Next;
            if (publish.State != MqttClientPendingPublishState.Released)
            {
                connection.Enqueue(MqttClientOutgoingPacket.ForPublish(publish, dup: true));
            }
            else if (sessionPresent)
            {
                connection.Enqueue(MqttClientOutgoingPacket.ForPacket(new MqttPubRelPacket { PacketIdentifier = publish.PacketIdentifier }));
            }
            else
            {
                // PUBREC meant the server owned the message; a server without our session has nothing to release.
                _session.RemoveInFlight(publish);
                publish.Complete(publish.PubRec);
            }
        }

        if (!sessionPresent)
        {
            _session.InboundQoS2.Clear();
            foreach (var subscription in _session.Subscriptions.Values)
            {
                if (!_session.TryAllocatePacketIdentifier(out var id))
                {
                    break;
                }

                var tcs = MqttClientSession.CreateRequest();
                _session.Requests[id] = tcs;
                connection.Enqueue(MqttClientOutgoingPacket.ForPacket(new MqttSubscribePacket
                {
                    PacketIdentifier = id,
                    TopicFilters = subscription.TopicFilters,
                    SubscriptionIdentifier = subscription.SubscriptionIdentifier,
                    UserProperties = subscription.UserProperties,
                }));
            }
        }

        PumpLocked();
    }

    private async Task WatchAsync(MqttClientConnection connection)
    {
        var reason = await connection.Closed.ConfigureAwait(false);
        bool reconnect;
        lock (_sync)
        {
            if (_connection != connection)
            {
                return; // Closed on purpose by DisconnectAsync.
            }

            _connection = null;
            reconnect = _wantConnected && _options.AutoReconnect && !_disposed;
            if (reconnect)
            {
                FailRequestsLocked(new MqttClientDisconnectedException("The connection was lost.", reason));
            }
            else
            {
                _wantConnected = false;
                FailOutstandingLocked(new MqttClientDisconnectedException("The connection was lost.", reason));
            }

            if (reconnect)
            {
                _reconnectCts = new CancellationTokenSource();
                _reconnectTask = ReconnectAsync(_reconnectCts.Token);
            }
        }

        RaiseConnectionStateChanged(false, null, reason ?? new MqttClientDisconnectedException("The connection was closed."));
    }

    private async Task ReconnectAsync(CancellationToken cancellationToken)
    {
        await Task.Yield();
        try
        {
            await _reconnectPipeline.ExecuteAsync(async token =>
            {
                await _connectGate.WaitAsync(token).ConfigureAwait(false);
                try
                {
                    lock (_sync)
                    {
                        if (!_wantConnected || _disposed || _connection is not null)
                        {
                            return;
                        }
                    }

                    await ConnectCoreAsync(token).ConfigureAwait(false);
                }
                finally
                {
                    _connectGate.Release();
                }
            }, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception)
        {
            // Cancelled by DisconnectAsync, ConnectAsync or DisposeAsync.
        }
    }

    private async Task StopReconnectingAsync()
    {
        Task task;
        CancellationTokenSource? cts;
        lock (_sync)
        {
            cts = _reconnectCts;
            _reconnectCts = null;
            task = _reconnectTask;
        }

        if (cts is not null)
        {
            await cts.CancelAsync().ConfigureAwait(false);
        }

        await task.ConfigureAwait(false);
        cts?.Dispose();
    }
}
