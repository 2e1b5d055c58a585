using AiotHub.Mqtt.Packets;
using AiotHub.Mqtt.Protocol;

namespace AiotHub.Mqtt.Client;

/// <summary>What the read loop hands over: acknowledgements of our flows, and messages for the handler (§4.3).</summary>
public sealed partial class MqttClient
{
    private ValueTask OnPacketAsync(MqttClientConnection connection, MqttPacket packet)
    {
        switch (packet)
        {
            case MqttPublishPacket publish:
                return OnPublishAsync(connection, publish);
            case MqttPubAckPacket pubAck:
                OnPublishAcknowledged(pubAck, MqttClientPendingPublishState.Published, MqttQualityOfService.AtLeastOnce);
                break;
            case MqttPubRecPacket pubRec:
                OnPubRec(connection, pubRec);
                break;
            case MqttPubCompPacket pubComp:
                OnPublishAcknowledged(pubComp, MqttClientPendingPublishState.Released, MqttQualityOfService.ExactlyOnce);
                break;
            case MqttPubRelPacket pubRel:
                OnPubRel(connection, pubRel);
                break;
            case MqttSubAckPacket or MqttUnsubAckPacket:
                OnRequestAcknowledged((MqttPacketWithIdentifier)packet);
                break;
            case MqttDisconnectPacket disconnect:
                // §3.14: the server closes after sending it; say why.
                throw new MqttClientDisconnectedException(
                    $"The server disconnected: {disconnect.ReasonCode} (0x{(byte)disconnect.ReasonCode:X2}){(disconnect.ReasonString is null ? "" : ": " + disconnect.ReasonString)}.");
            default:
                throw new MqttProtocolException($"A client does not expect {packet.Type} from the server.");
        }

        return ValueTask.CompletedTask;
    }

    private ValueTask OnPublishAsync(MqttClientConnection connection, MqttPublishPacket publish)
    {
        var deliver = true;
        if (publish.QualityOfService == MqttQualityOfService.ExactlyOnce)
        {
            lock (_sync)
            {
                // §4.3.3: until PUBREL, a PUBLISH with the same id is the same message.
                deliver = _session.InboundQoS2.Add(publish.PacketIdentifier);
            }
        }

        // Waits (and so stops this connection's reader) only while QoS 1/2 messages fill the queue (MqttClientInboundQueue).
        return _inbound.AddAsync(new MqttClientInboundMessage(connection, publish, deliver), connection.Aborted);
    }

    private void OnPublishAcknowledged(MqttAcknowledgementPacket ack, MqttClientPendingPublishState expectedState, MqttQualityOfService expectedQoS)
    {
        lock (_sync)
        {
            if (_session.InFlightById.TryGetValue(ack.PacketIdentifier, out var publish)
                && publish.State == expectedState && publish.QualityOfService == expectedQoS)
            {
                _session.RemoveInFlight(publish);
                publish.Complete(publish.PubRec ?? ack);
                PumpLocked();
            }
        }
    }

    private void OnPubRec(MqttClientConnection connection, MqttPubRecPacket pubRec)
    {
        lock (_sync)
        {
            if (!_session.InFlightById.TryGetValue(pubRec.PacketIdentifier, out var publish)
                || publish.QualityOfService != MqttQualityOfService.ExactlyOnce)
            {
                // §4.3.3: answer anyway so the server can end its flow.
                connection.Enqueue(MqttClientOutgoingPacket.ForPacket(new MqttPubRelPacket
                {
                    PacketIdentifier = pubRec.PacketIdentifier,
                    ReasonCode = MqttReasonCode.PacketIdentifierNotFound,
                }));
                return;
            }

            if (pubRec.ReasonCode >= MqttReasonCode.UnspecifiedError)
            {
                // 5.0 §4.3.3: a failure PUBREC ends the flow; the id is free again.
                _session.RemoveInFlight(publish);
                publish.Complete(pubRec);
                PumpLocked();
                return;
            }

            if (pubRec.ReasonCode != MqttReasonCode.Success)
            {
                publish.PubRec = pubRec;
            }

            publish.State = MqttClientPendingPublishState.Released;
            connection.Enqueue(MqttClientOutgoingPacket.ForPacket(new MqttPubRelPacket { PacketIdentifier = pubRec.PacketIdentifier }));
        }
    }

    private void OnPubRel(MqttClientConnection connection, MqttPubRelPacket pubRel)
    {
        bool known;
        lock (_sync)
        {
            known = _session.InboundQoS2.Remove(pubRel.PacketIdentifier);
        }

        connection.Enqueue(MqttClientOutgoingPacket.ForPacket(new MqttPubCompPacket
        {
            PacketIdentifier = pubRel.PacketIdentifier,
            ReasonCode = known ? MqttReasonCode.Success : MqttReasonCode.PacketIdentifierNotFound,
        }));
    }

    private void OnRequestAcknowledged(MqttPacketWithIdentifier ack)
    {
        lock (_sync)
        {
            if (_session.Requests.Remove(ack.PacketIdentifier, out var tcs))
            {
                tcs.TrySetResult(ack);
            }
        }
    }

    /// <summary>A QoS 2 message left unacknowledged must be delivered when it comes again (§4.3.3): forget its id.</summary>
    private void ForgetInbound(MqttPublishPacket packet)
    {
        if (packet.QualityOfService == MqttQualityOfService.ExactlyOnce)
        {
            lock (_sync)
            {
                _session.InboundQoS2.Remove(packet.PacketIdentifier);
            }
        }
    }

    /// <summary>
    /// Runs the handler for each received message in order and acknowledges it once the handler's task has completed
    /// (§4.3.2, §4.3.3): a PUBACK promises only what the handler finished. One loop, so acknowledgements leave in the
    /// order the messages came (§4.6).
    /// </summary>
    private async Task DeliverLoopAsync()
    {
        await Task.Yield();
        InsideHandler.Value = true;
        var overlap = _options.OverlapHandlerCompletions;
        Task? completions = overlap ? CompleteInOrderAsync() : null;
        try
        {
            while (await _inbound.WaitAsync().ConfigureAwait(false))
            {
                if (!_inbound.TryTake(out var inbound))
                {
                    continue;
                }

                var packet = inbound.Packet;
                var reliable = packet.QualityOfService != MqttQualityOfService.AtMostOnce;
                if (reliable && !_options.AcknowledgeWhenHandlerFails && inbound.Connection.IsClosed)
                {
                    // Its connection was closed (perhaps for a failed handler, below): nothing can acknowledge it, and the
                    // server sends it again (§4.4) — handling it now as well would handle it twice.
                    ForgetInbound(packet);
                    continue;
                }

                var handled = ValueTask.CompletedTask;
                if (inbound.Deliver && MessageReceived is { } handler)
                {
                    try
                    {
                        handled = handler(MqttApplicationMessage.From(packet, withSubscriptionIdentifiers: true));
                    }
                    catch (Exception e)
                    {
                        handled = ValueTask.FromException(e);
                    }
                }

                if (overlap)
                {
                    // The next message goes to the handler now; its acknowledgement waits, behind the earlier ones (§4.6).
                    await _completions!.Writer.WriteAsync((inbound, handled.AsTask())).ConfigureAwait(false);
                    continue;
                }

                try
                {
                    await handled.ConfigureAwait(false);
                }
                catch (Exception e)
                {
                    if (!OnHandlerFailed(inbound, e))
                    {
                        continue;
                    }
                }

                Acknowledge(inbound);
            }
        }
        finally
        {
            if (completions is not null)
            {
                _completions!.Writer.TryComplete();
                await completions.ConfigureAwait(false);
            }
        }
    }

    /// <summary>
    /// With <see cref="MqttClientOptions.OverlapHandlerCompletions"/>: acknowledges each message once its handler's task
    /// has completed, in the order the messages arrived (§4.6), while the delivery loop hands the next ones over.
    /// </summary>
    private async Task CompleteInOrderAsync()
    {
        await foreach (var (inbound, handled) in _completions!.Reader.ReadAllAsync().ConfigureAwait(false))
        {
            try
            {
                await handled.ConfigureAwait(false);
            }
            catch (Exception e)
            {
                if (!OnHandlerFailed(inbound, e))
                {
                    continue;
                }
            }

            Acknowledge(inbound);
        }
    }

    /// <summary>A handler failed: true when the message is acknowledged all the same (the default, or QoS 0).</summary>
    private bool OnHandlerFailed(MqttClientInboundMessage inbound, Exception e)
    {
        if (_options.AcknowledgeWhenHandlerFails || inbound.Packet.QualityOfService == MqttQualityOfService.AtMostOnce)
        {
            // A failing handler must not stall the session; the message is acknowledged regardless.
            return true;
        }

        // What the handler promised (say, to store the message) did not happen: no acknowledgement. Closing the
        // connection makes the server send it again (§4.4), once the client has reconnected.
        ForgetInbound(inbound.Packet);
        inbound.Connection.Abort(new MqttClientDisconnectedException(
            "The message handler failed; the message was not acknowledged and the server sends it again.", e));
        return false;
    }

    private static void Acknowledge(MqttClientInboundMessage inbound)
    {
        // An ack for a connection that has since closed is dropped: the server resends the message.
        var packet = inbound.Packet;
        switch (packet.QualityOfService)
        {
            case MqttQualityOfService.AtLeastOnce:
                inbound.Connection.Enqueue(MqttClientOutgoingPacket.ForPacket(new MqttPubAckPacket { PacketIdentifier = packet.PacketIdentifier }));
                break;
            case MqttQualityOfService.ExactlyOnce:
                inbound.Connection.Enqueue(MqttClientOutgoingPacket.ForPacket(new MqttPubRecPacket { PacketIdentifier = packet.PacketIdentifier }));
                break;
        }
    }
}
