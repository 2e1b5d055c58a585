using System.Buffers;
using AiotHub.Mqtt.Formatter.V5;
using AiotHub.Mqtt.Packets;
using AiotHub.Mqtt.Protocol;

namespace AiotHub.Mqtt.Broker;

/// <summary>How a connection ends: protocol errors (§4.13), DISCONNECT from the server, and the orderly close.</summary>
internal sealed partial class MqttBrokerConnection
{
    private void OnProtocolError(MqttProtocolException ex)
    {
        _broker.Log(MqttBrokerLogLevel.Debug, $"Protocol error: {ex.Message}", this, null);
        if (_session is not null)
        {
            // §3.14.2.1: DISCONNECT has its own codes. A CONNECT-only code from the decoder (0x84 for a second CONNECT
            // with another protocol name or level) becomes Protocol Error, which a second CONNECT is anyway (§3.1.0-2).
            SetDisconnectReason(MqttV5ReasonCodes.IsDefined(MqttPacketType.Disconnect, (byte)ex.ReasonCode)
                ? ex.ReasonCode
                : MqttReasonCode.ProtocolError);
        }
        else if (ex.ReasonCode == MqttReasonCode.UnsupportedProtocolVersion && _connect is null)
        {
            // MQTT 3.1.1 §3.1.2.2: CONNACK 0x01 then close. The level is unknown, so answer in 3.1.1 form.
            _version = MqttProtocolVersion.V311;
            EnqueueControl(new MqttConnAckPacket { ReasonCode = MqttReasonCode.UnsupportedProtocolVersion });
        }
        else if ((_connect is not null && _version == MqttProtocolVersion.V500) ||
                 (_connect is null && _connectLevelHint == MqttProtocolVersion.V500))
        {
            // §4.13.1: a 5.0 client whose CONNECT is refused as malformed learns why in CONNACK.
            _version = MqttProtocolVersion.V500;
            EnqueueControl(new MqttConnAckPacket { ReasonCode = ex.ReasonCode });
        }
    }

    /// <summary>The protocol level of a CONNECT at the front of <paramref name="buffer"/>, if enough of it has arrived.</summary>
    private static MqttProtocolVersion PeekConnectLevel(ReadOnlySequence<byte> buffer)
    {
        // Fixed header: type byte, 1-4 bytes of remaining length; then "MQTT" as a UTF-8 string (6 bytes), then the level.
        var reader = new SequenceReader<byte>(buffer);
        if (!reader.TryRead(out var type) || type != 0x10)
        {
            return MqttProtocolVersion.Unknown;
        }

        for (var i = 0; i < 4; i++)
        {
            if (!reader.TryRead(out var lengthByte))
            {
                return MqttProtocolVersion.Unknown;
            }

            if ((lengthByte & 0x80) == 0)
            {
                break;
            }
        }

        if (reader.Remaining < 7)
        {
            return MqttProtocolVersion.Unknown;
        }

        reader.Advance(6);
        reader.TryRead(out var level);
        return level switch
        {
            (byte)MqttProtocolVersion.V500 => MqttProtocolVersion.V500,
            (byte)MqttProtocolVersion.V311 => MqttProtocolVersion.V311,
            _ => MqttProtocolVersion.Unknown,
        };
    }

    private async Task CloseAsync(Task writer)
    {
        try
        {
            Interlocked.Exchange(ref _connectTimer, null)?.Dispose();
            _keepAliveTimer?.Dispose();
            var reason = Volatile.Read(ref _disconnectReason);
            if (reason >= 0 && _version == MqttProtocolVersion.V500 && _session is not null && !_clientDisconnected)
            {
                // §4.13.2: the server may send DISCONNECT with a reason code before closing.
                EnqueueControl(new MqttDisconnectPacket { ReasonCode = (MqttReasonCode)reason });
            }

            Volatile.Write(ref _writerStopping, true);
            _writerSignal.Set();
            if (!await WaitAsync(writer, CloseTimeout).ConfigureAwait(false))
            {
                // The peer does not read: abandon the pending flush.
                _transport.Output.CancelPendingFlush();
                await WaitAsync(writer, CloseTimeout).ConfigureAwait(false);
            }

            await _transport.DisposeAsync().ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            _broker.Log(MqttBrokerLogLevel.Debug, "Error while closing the connection.", this, ex);
        }
        finally
        {
            try
            {
                _broker.OnConnectionClosed(this);
            }
            catch (Exception ex)
            {
                _broker.Log(MqttBrokerLogLevel.Error, "Error while ending the connection's session.", this, ex);
            }

            _counters.ConnectionClosed();
        }
    }

    private async Task<bool> WaitAsync(Task task, TimeSpan timeout)
    {
        try
        {
            await task.WaitAsync(timeout, _time).ConfigureAwait(false);
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }
}
