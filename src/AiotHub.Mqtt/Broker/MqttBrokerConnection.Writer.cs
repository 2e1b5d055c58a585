using System.IO.Pipelines;
using AiotHub.Mqtt.Formatter;
using AiotHub.Mqtt.Packets;
using AiotHub.Mqtt.Protocol;

namespace AiotHub.Mqtt.Broker;

/// <summary>
/// The connection's only writer. It wakes on <see cref="SignalWriter"/>, encodes control packets,
/// resends, then queued messages into the pipe, and flushes once per batch. Only this loop touches
/// the PipeWriter and the scratch packets; a slow peer only ever slows this loop.
/// </summary>
internal sealed partial class MqttBrokerConnection
{
    // Set once DISCONNECT is encoded; the writer then neither drains the session queue nor writes anything.
    private bool _disconnectWritten;

    private async Task RunWriterAsync()
    {
        // No yield first: nothing can have signalled a connection without a session, so the first wait returns to
        // RunAsync at once — one trip less through the thread pool's queue per connection in a reconnect storm.
        var output = _transport.Output;
        try
        {
            while (true)
            {
                await _writerSignal.WaitAsync().ConfigureAwait(false);
                var stopping = Volatile.Read(ref _writerStopping);

                // Read the session before the control queue: CONNACK is queued before the session is
                // published, so it is always written before the first PUBLISH.
                var session = stopping ? null : Volatile.Read(ref _session);
                MoveDurableControl(session);
                var written = WriteControlPackets(output);
                var more = false;
                if (session is not null && !_disconnectWritten)
                {
                    written += WriteSessionMessages(output, session, out more);
                }

                if (_sentDurable is { } sent)
                {
                    // The durability rule: a QoS 2 PUBLISH leaves only once its packet id is stored,
                    // or a crash could resend it under another id. Buffered bytes are not sent before the flush.
                    _sentDurable = null;
                    try
                    {
                        await sent.ConfigureAwait(false);
                    }
                    catch (Exception ex)
                    {
                        _broker.OnStoreFailure(this, ex);
                        break;
                    }
                }

                // Room was made: publishers paused for this client's queue read on (MqttSession.ReleasePublishers).
                session?.ReleasePublishers();
                if (written > 0)
                {
                    var flushing = output.FlushAsync();
                    if (!flushing.IsCompleted)
                    {
                        // The socket takes nothing more for now: this client is the slow one. QoS 0 publishers paused
                        // for it go on, and their messages are dropped for it alone (MqttSession.Enqueue).
                        _sendBlocked = true;
                        session?.ReleasePublishers();
                    }

                    var flush = await flushing.ConfigureAwait(false);
                    _sendBlocked = false;
                    if (flush.IsCompleted || flush.IsCanceled)
                    {
                        break;
                    }
                }

                if (ControlBacklog <= MaximumControlBacklog / 2)
                {
                    _writerProgress.Set();
                }

                if (stopping)
                {
                    break;
                }

                if (more)
                {
                    _writerSignal.Set();
                }
            }
        }
        catch (Exception ex) when (ex is IOException or InvalidOperationException or ObjectDisposedException or OperationCanceledException
                                       or System.Net.Sockets.SocketException)
        {
            // The peer is gone: end the read loop too.
        }
        catch (Exception ex)
        {
            _broker.Log(MqttBrokerLogLevel.Error, "Writing to the client failed.", this, ex);
        }
        finally
        {
            if (!Volatile.Read(ref _writerStopping))
            {
                Abort(null);
            }

            _writerProgress.Set();
        }
    }

    private long WriteControlPackets(PipeWriter output)
    {
        long written = 0;
        while (_control.TryDequeue(out var item))
        {
            var packet = item.Packet ?? GetAcknowledgement(item);
            written += Write(output, packet);
        }

        return written;
    }

    private MqttAcknowledgementPacket GetAcknowledgement(in MqttControlItem item)
    {
        MqttAcknowledgementPacket packet = item.AcknowledgementType switch
        {
            MqttPacketType.PubAck => _pubAck ??= new(),
            MqttPacketType.PubRec => _pubRec ??= new(),
            MqttPacketType.PubRel => _pubRel ??= new(),
            _ => _pubComp ??= new(),
        };
        packet.PacketIdentifier = item.PacketIdentifier;
        packet.ReasonCode = item.ReasonCode;
        return packet;
    }

    private long WriteSessionMessages(PipeWriter output, MqttSession session, out bool more)
    {
        long written = 0;

        // §4.4: unacknowledged PUBLISH (DUP=1) and PUBREL again, in their original order, before anything new.
        while (session.TryTakeResend(out var inflight))
        {
            if (inflight.State == MqttInflightState.AwaitingPubComp)
            {
                var pubRel = _pubRel ??= new();
                pubRel.PacketIdentifier = inflight.PacketIdentifier;
                pubRel.ReasonCode = MqttReasonCode.Success;
                written += Write(output, pubRel);
            }
            else
            {
                written += WritePublish(output, session, inflight.Message, inflight.PacketIdentifier, dup: true);
            }
        }

        more = false;
        while (written < WriterBatchBytes)
        {
            if (!_control.IsEmpty)
            {
                written += WriteControlPackets(output);
                if (_disconnectWritten)
                {
                    // CloseAsync queued DISCONNECT while this batch was being written: it is the last packet.
                    return written;
                }
            }

            if (!session.TryDequeue(_outboundWindow, out var message))
            {
                return written;
            }

            written += WritePublish(output, session, message, 0, dup: false);
        }

        more = true;
        return written;
    }

    /// <summary>Encodes one PUBLISH for this client; <paramref name="packetIdentifier"/> 0 means "new: assign one if QoS &gt; 0".</summary>
    private int WritePublish(PipeWriter output, MqttSession session, in MqttQueuedMessage queued, ushort packetIdentifier, bool dup)
    {
        var message = queued.Message;
        var packet = _outgoing ??= new();
        packet.Topic = message.Topic;
        packet.TopicAlias = null;
        packet.Payload = message.Payload;
        packet.QualityOfService = queued.QualityOfService;
        packet.Retain = queued.Retain;
        packet.Dup = dup;
        packet.PacketIdentifier = queued.QualityOfService == MqttQualityOfService.AtMostOnce ? (ushort)0 : (ushort)1;
        if (_version == MqttProtocolVersion.V500)
        {
            packet.PayloadFormatIndicator = message.PayloadFormatIndicator;
            packet.ContentType = message.ContentType;
            packet.ResponseTopic = message.ResponseTopic;
            packet.CorrelationData = message.CorrelationData;
            packet.UserProperties = message.UserProperties;
            packet.SubscriptionIdentifiers = queued.SubscriptionIdentifiers;
            packet.MessageExpiryInterval = message.MessageExpiryInterval is uint expiry ? RemainingExpiry(expiry, queued.ReceivedTimestamp) : null;
            if (_clientMaximumPacketSize > 0 && MqttPacketWriter.GetSize(packet, _version) > _clientMaximumPacketSize)
            {
                // §3.1.2.11.4: never send a packet larger than the client accepts; the message is dropped for it.
                _counters.DroppedTooLarge();
                if (packetIdentifier != 0)
                {
                    session.Acknowledge(queued.QualityOfService == MqttQualityOfService.AtLeastOnce ? MqttPacketType.PubAck : MqttPacketType.PubRec,
                        packetIdentifier, MqttReasonCode.UnspecifiedError);
                }
                else
                {
                    session.Discard(queued);
                }

                return 0;
            }

            ApplyOutboundTopicAlias(packet);
        }

        if (queued.QualityOfService != MqttQualityOfService.AtMostOnce)
        {
            if (packetIdentifier != 0)
            {
                packet.PacketIdentifier = packetIdentifier;
            }
            else
            {
                packet.PacketIdentifier = session.MarkSent(queued, out var sent);
                if (sent is not null && queued.QualityOfService == MqttQualityOfService.ExactlyOnce)
                {
                    _sentDurable = sent; // The last one covers the earlier ones.
                }
            }
        }

        var written = Write(output, packet);
        _counters.MessageOut();
        return written;
    }

    /// <summary>§3.3.2.3.4: the first PUBLISH of a topic sets an alias, later ones send only the alias.</summary>
    private void ApplyOutboundTopicAlias(MqttPublishPacket packet)
    {
        if (_clientTopicAliasMaximum == 0)
        {
            return;
        }

        _outboundAliases ??= new(StringComparer.Ordinal);
        if (_outboundAliases.TryGetValue(packet.Topic, out var alias))
        {
            packet.TopicAlias = alias;
            packet.Topic = string.Empty;
        }
        else if (_outboundAliases.Count < _clientTopicAliasMaximum)
        {
            alias = (ushort)(_outboundAliases.Count + 1);
            _outboundAliases[packet.Topic] = alias;
            packet.TopicAlias = alias;
        }
    }

    private uint RemainingExpiry(uint expiry, long receivedTimestamp)
    {
        // §3.3.2.3.3: forward the interval minus the time the message spent in the broker.
        var elapsed = _time.GetElapsedTime(receivedTimestamp).TotalSeconds;
        return elapsed >= expiry ? 1 : expiry - (uint)elapsed;
    }

    private int Write(PipeWriter output, MqttPacket packet)
    {
        if (_disconnectWritten)
        {
            // MQTT 5.0 §4.13.2: after sending DISCONNECT the sender MUST NOT send any more control packets.
            return 0;
        }

        _disconnectWritten = packet is MqttDisconnectPacket;
        var written = MqttPacketWriter.Write(output, packet, _version);
        _counters.AddBytesOut(written);
        return written;
    }
}
