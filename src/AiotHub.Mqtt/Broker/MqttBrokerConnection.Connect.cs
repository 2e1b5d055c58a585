using AiotHub.Mqtt.Packets;
using AiotHub.Mqtt.Protocol;

namespace AiotHub.Mqtt.Broker;

/// <summary>CONNECT handling (MQTT 3.1.1 §3.1, MQTT 5.0 §3.1, §3.2).</summary>
internal sealed partial class MqttBrokerConnection
{
    private const ushort MaximumOutboundTopicAliases = 1024;

    private async ValueTask<bool> HandleConnectAsync(MqttConnectPacket connect, CancellationToken cancellationToken)
    {
        if (_connect is not null)
        {
            // §3.1: a second CONNECT is a Protocol Error.
            throw new MqttProtocolException(MqttReasonCode.ProtocolError, "A second CONNECT on one connection.");
        }

        Volatile.Write(ref _connect, connect);
        Interlocked.Exchange(ref _connectTimer, null)?.Dispose();
        _version = connect.ProtocolVersion;
        var v5 = _version == MqttProtocolVersion.V500;

        if (connect.AuthenticationMethod is not null)
        {
            // §4.12: enhanced authentication is not supported.
            return Refuse(MqttReasonCode.BadAuthenticationMethod);
        }

        var clientId = connect.ClientId;
        string? assignedClientId = null;
        if (clientId.Length == 0)
        {
            // 3.1.1 §3.1.3.1: a zero-byte id needs Clean Session = 1; 5.0 §3.1.3.1: the server assigns one.
            if (!v5 && !connect.CleanSession)
            {
                return Refuse(MqttReasonCode.ClientIdentifierNotValid);
            }

            clientId = assignedClientId = "aiothub-" + Guid.NewGuid().ToString("N");
        }

        var keepAlive = connect.KeepAliveSeconds;
        ushort? serverKeepAlive = null;
        var maximumKeepAlive = _options.MaximumKeepAliveSeconds;
        if (maximumKeepAlive > 0 && (keepAlive == 0 || keepAlive > maximumKeepAlive))
        {
            if (!v5)
            {
                // 3.1.1 cannot tell the client another keep alive: refuse it, as Mosquitto does.
                return Refuse(MqttReasonCode.ClientIdentifierNotValid);
            }

            keepAlive = maximumKeepAlive;
            serverKeepAlive = maximumKeepAlive; // §3.2.2.3.14
        }

        uint expiry;
        uint? grantedExpiry = null;
        if (v5)
        {
            expiry = connect.SessionExpiryInterval ?? 0;
            if (expiry > _options.MaximumSessionExpiryInterval)
            {
                expiry = _options.MaximumSessionExpiryInterval;
                grantedExpiry = expiry; // §3.2.2.3.2
            }

            _clientMaximumPacketSize = connect.MaximumPacketSize ?? 0;
            // Aliases we assign cost a dictionary entry each for the connection's life: use at most 1,024.
            _clientTopicAliasMaximum = Math.Min(connect.TopicAliasMaximum ?? (ushort)0, MaximumOutboundTopicAliases);
            _outboundWindow = Math.Min(connect.ReceiveMaximum ?? ushort.MaxValue, Math.Max((int)_options.ReceiveMaximum, 1));
        }
        else
        {
            // 3.1.1 §3.1.2.4 has a persistent session last until the client cleans it, and has no way to
            // say otherwise; like Mosquitto's persistent_client_expiration, the broker's maximum still applies.
            expiry = connect.CleanSession ? 0 : _options.MaximumSessionExpiryInterval;
            _outboundWindow = Math.Max((int)_options.ReceiveMaximum, 1);
        }

        var authentication = Authenticate(connect, clientId, expiry);
        if (authentication != MqttReasonCode.Success)
        {
            return Refuse(authentication);
        }

        if (connect.Will is { } will && !MqttTopic.IsValidTopicName(will.Topic))
        {
            return Refuse(MqttReasonCode.TopicNameInvalid);
        }

        _publishWill = connect.Will is not null;
        var (attached, sessionPresent, durable) = await _broker.AttachSessionAsync(this, clientId, connect.CleanSession, expiry,
            _version, connect.UserName, cancellationToken).ConfigureAwait(false);
        if (attached is not { } session)
        {
            // The takeover guard: this client id changed hands too often lately (MqttBroker.Takeovers.cs).
            return Refuse(MqttReasonCode.ConnectionRateExceeded);
        }

        if (durable is not null)
        {
            try
            {
                // The durability rule: CONNACK promises the session (Session Present, its subscriptions).
                await durable.ConfigureAwait(false);
            }
            catch (Exception ex)
            {
                _broker.Log(MqttBrokerLogLevel.Error, "The broker store failed; refusing the client.", this, ex);
                Refuse(MqttReasonCode.UnspecifiedError);

                // Published so that closing detaches the connection from the session.
                Volatile.Write(ref _session, session);
                return false;
            }
        }

        var connAck = new MqttConnAckPacket { SessionPresent = sessionPresent, ReasonCode = MqttReasonCode.Success };
        if (v5)
        {
            connAck.AssignedClientIdentifier = assignedClientId;
            connAck.ServerKeepAlive = serverKeepAlive;
            connAck.SessionExpiryInterval = grantedExpiry;
            connAck.ReceiveMaximum = _options.ReceiveMaximum == ushort.MaxValue ? null : _options.ReceiveMaximum;
            connAck.TopicAliasMaximum = _options.TopicAliasMaximum == 0 ? null : _options.TopicAliasMaximum;
            connAck.MaximumPacketSize = (uint)_options.MaximumPacketSize;
            connAck.RetainAvailable = true;
            connAck.WildcardSubscriptionAvailable = true;
            connAck.SubscriptionIdentifiersAvailable = true;
            connAck.SharedSubscriptionAvailable = true;
        }

        // CONNACK is queued before the session becomes visible to the writer, so it goes out first.
        EnqueueControl(connAck);
        Volatile.Write(ref _session, session);
        if (keepAlive > 0)
        {
            _keepAliveLimit = TimeSpan.FromSeconds(keepAlive * 1.5);
            var period = TimeSpan.FromMilliseconds(Math.Max(250, keepAlive * 250));
            _keepAliveTimer = _time.CreateTimer(static state => ((MqttBrokerConnection)state!).OnKeepAliveTimer(), this,
                period, period);
        }

        _writerSignal.Set();
        _broker.Log(MqttBrokerLogLevel.Information,
            $"Client connected (MQTT {(v5 ? "5.0" : "3.1.1")}, session {(sessionPresent ? "resumed" : "new")}).", this, null);
        return true;
    }

    private MqttReasonCode Authenticate(MqttConnectPacket connect, string clientId, uint expiry)
    {
        if (!_options.AllowAnonymous && connect.UserName is null)
        {
            return MqttReasonCode.NotAuthorized;
        }

        if (_options.Authenticate is not { } authenticate)
        {
            return MqttReasonCode.Success;
        }

        try
        {
            return authenticate(new MqttConnectContext(clientId, connect.UserName, connect.Password, RemoteEndPoint,
                _transport.ClientCertificate, _transport.IsTls, connect.ProtocolVersion, connect.CleanSession, expiry, connect.Will?.Topic));
        }
        catch (Exception ex)
        {
            _broker.Log(MqttBrokerLogLevel.Error, "The Authenticate callback threw; refusing the client.", this, ex);
            return MqttReasonCode.ServerUnavailable;
        }
    }

    /// <summary>CONNACK with a failure code, then close (§3.2.2.2: Session Present is 0).</summary>
    private bool Refuse(MqttReasonCode reasonCode)
    {
        _broker.Log(MqttBrokerLogLevel.Information, $"Connection refused: {reasonCode}.", this, null);
        EnqueueControl(new MqttConnAckPacket { ReasonCode = reasonCode });
        return false;
    }
}
