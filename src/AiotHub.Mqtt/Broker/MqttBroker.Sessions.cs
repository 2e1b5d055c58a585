using AiotHub.Mqtt.Formatter.V5;
using AiotHub.Mqtt.Packets;
using AiotHub.Mqtt.Protocol;

namespace AiotHub.Mqtt.Broker;

/// <summary>Session lifecycle: attach with takeover (§3.1.4), detach, wills (§3.1.3.2.2) and expiry (§4.1).</summary>
public sealed partial class MqttBroker
{
    private static readonly TimeSpan TakeoverTimeout = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Binds <paramref name="connection"/> to the session of <paramref name="clientId"/>, first closing
    /// a connection that holds it (5.0: DISCONNECT 0x8E). Clean Start discards an existing session.
    /// </summary>
    /// <returns>
    /// The session, whether it was present, and (with a store) the task to await before CONNACK; a null session when
    /// the takeover guard refuses the connection (<see cref="MqttBrokerOptions.MaximumTakeovers"/>).
    /// </returns>
    internal async Task<(MqttSession? Session, bool SessionPresent, Task? Durable)> AttachSessionAsync(MqttBrokerConnection connection,
        string clientId, bool cleanStart, uint expiryInterval, MqttProtocolVersion protocolVersion, string? userName, CancellationToken cancellationToken)
    {
        var counted = false;
        while (true)
        {
            MqttBrokerConnection? previous;
            List<(MqttSession, MqttPublishPacket)>? wills = null;
            lock (_sessionsLock)
            {
                _sessions.TryGetValue(clientId, out var session);
                previous = session?.Connection;
                if (previous is not null && !counted)
                {
                    // One count per CONNECT, however often it has to wait for the previous connection to close.
                    if (!TryCountTakeover(clientId))
                    {
                        return (null, false, null);
                    }

                    counted = true;
                }

                if (previous is null)
                {
                    var present = session is not null && !cleanStart;
                    if (present)
                    {
                        // §3.1.3.2.2: reconnecting before the Will Delay Interval cancels the will.
                        session!.PendingWill = null;
                        DisposeTimers(session);
                    }
                    else
                    {
                        if (session is not null)
                        {
                            EndSession(session, ref wills);
                        }

                        session = new MqttSession(clientId, _options.MaximumQueuedMessagesPerClient, _options.QueueFullPolicy, Counters, _time);
                        _sessions[clientId] = session;
                    }

                    session.ExpiryInterval = expiryInterval;
                    session.ProtocolVersion = protocolVersion;
                    session.UserName = userName;
                    var durable = JournalAttach(session, present);
                    session.Attach(connection);
                    PublishWills(wills);
                    return (session, present, durable);
                }
            }

            // §3.1.4 (3): close the existing connection first. Its will is published as for any other
            // unexpected end, unless the new connection continues the session (Clean Start 0, session kept).
            Log(MqttBrokerLogLevel.Information, "Session taken over by a new connection.", previous, null);
            if (!cleanStart && previous.Session is { ExpiryInterval: > 0 })
            {
                previous.DiscardWill();
            }

            previous.Abort(MqttReasonCode.SessionTakenOver);
            if (_connections.ContainsKey(previous))
            {
                await previous.Completion.WaitAsync(TakeoverTimeout, _time, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                // Already leaving the connection table: a short real-time pause for its close to finish. Not on
                // _time: a paused test clock would hold the new connection's CONNACK for ever (seen as a rare
                // 10 s timeout in DisconnectIsLastPacketTests under load).
                await Task.Delay(TimeSpan.FromMilliseconds(10), TimeProvider.System, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>
    /// Ends a client's connection from outside (5.0 clients get DISCONNECT with <paramref name="reasonCode"/>) without
    /// publishing its will; with <paramref name="endSession"/> its session goes too — subscriptions, queued messages and
    /// its record in the store — as when the client's credentials are revoked.
    /// </summary>
    /// <returns>Whether the broker held a connection or a session for <paramref name="clientId"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A server may not send DISCONNECT with <paramref name="reasonCode"/> (§3.14.2.1).</exception>
    public async Task<bool> DisconnectClientAsync(string clientId, MqttReasonCode reasonCode, bool endSession,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(clientId);
        if (reasonCode == MqttReasonCode.DisconnectWithWillMessage || !MqttV5ReasonCodes.IsDefined(MqttPacketType.Disconnect, (byte)reasonCode))
        {
            // §3.14.2.1: 0x04 is the client's; the others outside the table are no DISCONNECT reason at all.
            throw new ArgumentOutOfRangeException(nameof(reasonCode), reasonCode, "Not a reason code a server may send in DISCONNECT (MQTT 5.0 §3.14.2.1).");
        }

        MqttBrokerConnection? connection;
        lock (_sessionsLock)
        {
            if (!_sessions.TryGetValue(clientId, out var session))
            {
                return false;
            }

            connection = session.Connection;
        }

        if (connection is not null)
        {
            connection.DiscardWill();
            connection.Abort(reasonCode);
            if (_connections.ContainsKey(connection))
            {
                await connection.Completion.WaitAsync(TakeoverTimeout, _time, cancellationToken).ConfigureAwait(false);
            }
        }

        if (!endSession)
        {
            return true;
        }

        // A connection already leaving the connection table may still be detaching: give it a moment (real time,
        // as for a takeover). A client that connected again meanwhile keeps its new session.
        for (var attempt = 0; ; attempt++)
        {
            List<(MqttSession, MqttPublishPacket)>? wills = null;
            lock (_sessionsLock)
            {
                if (!_sessions.TryGetValue(clientId, out var session) || (session.Connection is { } current && current != connection))
                {
                    return true;
                }

                if (session.Connection is null)
                {
                    session.PendingWill = null;
                    EndSession(session, ref wills);
                    return true;
                }
            }

            if (attempt >= 1000)
            {
                return true;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(10), TimeProvider.System, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Called once when a connection has closed: detach, then will and session expiry.</summary>
    internal void OnConnectionClosed(MqttBrokerConnection connection)
    {
        var session = connection.Session;
        if (session is null)
        {
            return;
        }

        List<(MqttSession, MqttPublishPacket)>? wills = null;
        lock (_sessionsLock)
        {
            if (session.Connection != connection)
            {
                return;
            }

            session.Detach();
            if (connection.Will is { } will && !_stopping)
            {
                var delay = will.WillDelayInterval ?? 0;
                var willMessage = ToPublishPacket(will);
                if (delay == 0 || session.ExpiryInterval == 0)
                {
                    (wills ??= []).Add((session, willMessage));
                }
                else
                {
                    // The will waits; the session ending first publishes it earlier (§3.1.3.2.2).
                    session.PendingWill = willMessage;
                    session.WillTimer = CreateSessionTimer(session, static (broker, s) => broker.OnWillDelayElapsed(s), delay);
                }
            }

            if (session.ExpiryInterval == 0)
            {
                EndSession(session, ref wills);
            }
            else
            {
                JournalDetach(session);
                if (session.ExpiryInterval != uint.MaxValue)
                {
                    session.ExpiryTimer = CreateSessionTimer(session, static (broker, s) => broker.OnSessionExpired(s), session.ExpiryInterval);
                }
            }
        }

        PublishWills(wills);
        Log(MqttBrokerLogLevel.Information, "Client disconnected.", connection, null);
    }

    private MqttDeadlineTimer CreateSessionTimer(MqttSession session, Action<MqttBroker, MqttSession> callback, uint seconds) =>
        CreateSessionTimer(session, callback, TimeSpan.FromSeconds(seconds));

    /// <summary>
    /// A timer for a session's will delay or expiry. Any length is fine: up to 2^32−2 s arrive from the wire
    /// (§3.1.2.11.2, §3.1.3.2.2) and more than that from the store, and <see cref="MqttDeadlineTimer"/> waits in
    /// steps a timer accepts.
    /// </summary>
    private MqttDeadlineTimer CreateSessionTimer(MqttSession session, Action<MqttBroker, MqttSession> callback, TimeSpan dueTime)
    {
        var generation = session.Generation;
        return new MqttDeadlineTimer(_time, dueTime,
            _ =>
            {
                lock (_sessionsLock)
                {
                    // A timer armed for an earlier absence does nothing once the client is back.
                    if (session.Connection is not null || session.Generation != generation)
                    {
                        return;
                    }
                }

                callback(this, session);
            },
            null);
    }

    private void OnWillDelayElapsed(MqttSession session)
    {
        MqttPublishPacket? will;
        lock (_sessionsLock)
        {
            will = session.PendingWill;
            session.PendingWill = null;
        }

        if (will is not null)
        {
            PublishWill(session, will);
        }
    }

    private void OnSessionExpired(MqttSession session)
    {
        List<(MqttSession, MqttPublishPacket)>? wills = null;
        lock (_sessionsLock)
        {
            if (session.Connection is not null || !_sessions.TryGetValue(session.ClientId, out var current) || current != session)
            {
                return;
            }

            EndSession(session, ref wills);
        }

        PublishWills(wills);
        Log(MqttBrokerLogLevel.Debug, $"Session '{session.ClientId}' expired.", null, null);
    }

    /// <summary>Removes a session and its subscriptions; a will still waiting is published now. Under the session lock.</summary>
    private void EndSession(MqttSession session, ref List<(MqttSession, MqttPublishPacket)>? wills)
    {
        DisposeTimers(session);
        if (session.PendingWill is { } will && !_stopping)
        {
            (wills ??= []).Add((session, will));
        }

        session.PendingWill = null;
        foreach (var subscription in session.GetSubscriptions())
        {
            _subscriptions.Unsubscribe(session, subscription.Filter);
        }

        if (_sessions.TryGetValue(session.ClientId, out var current) && current == session)
        {
            _sessions.Remove(session.ClientId);
        }

        // Under the session's Sync, so no enqueue reaches the store after the removal.
        _ = session.TakeJournal()?.Remove();
        session.ClearQueue();
    }

    private static void DisposeTimers(MqttSession session)
    {
        session.WillTimer?.Dispose();
        session.WillTimer = null;
        session.ExpiryTimer?.Dispose();
        session.ExpiryTimer = null;
    }

    private void PublishWills(List<(MqttSession, MqttPublishPacket)>? wills)
    {
        if (wills is null)
        {
            return;
        }

        foreach (var (session, will) in wills)
        {
            PublishWill(session, will);
        }
    }

    private void PublishWill(MqttSession session, MqttPublishPacket will)
    {
        if (_stopping || !CanPublish(session, will.Topic))
        {
            return;
        }

        Counters.MessageIn();
        Route(will, session, _time.GetTimestamp());
    }

    private static MqttPublishPacket ToPublishPacket(MqttWillMessage will) => new()
    {
        Topic = will.Topic,
        Payload = will.Payload,
        QualityOfService = will.QualityOfService,
        Retain = will.Retain,
        PayloadFormatIndicator = will.PayloadFormatIndicator,
        MessageExpiryInterval = will.MessageExpiryInterval,
        ContentType = will.ContentType,
        ResponseTopic = will.ResponseTopic,
        CorrelationData = will.CorrelationData,
        UserProperties = will.UserProperties,
    };
}
