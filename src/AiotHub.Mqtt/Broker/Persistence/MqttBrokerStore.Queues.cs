using AiotHub.Mqtt.Protocol;

namespace AiotHub.Mqtt.Broker.Persistence;

/// <summary>Outbound queues and inbound QoS 2 state: the hot path.</summary>
public sealed partial class MqttBrokerStore
{
    /// <summary>
    /// Stores a message body once, to be queued for one or more sessions with
    /// <see cref="EnqueueAsync"/>. It becomes durable with the first enqueue that references it.
    /// A message that is never enqueued is dropped at the next open.
    /// The store keeps an encoded copy; the caller may reuse <paramref name="message"/>.
    /// </summary>
    public MqttStoredMessage AddMessage(MqttApplicationMessage message)
    {
        lock (_gate)
        {
            ThrowIfUnusable();
            var id = _state.NextMessageId;
            var body = JournalRecords.WriteMessageAdd(_pending.Records, id, message);
            Monitor.Pulse(_gate);
            return _state.AddMessage(id, body);
        }
    }

    /// <summary>
    /// Appends the message to the end of the session's outbound queue, at
    /// <paramref name="qualityOfService"/> (1 or 2: the publish QoS limited by the subscription).
    /// A session queues a message at most once.
    /// </summary>
    /// <exception cref="InvalidOperationException">Unknown session, a message already freed, or already queued here.</exception>
    public Task EnqueueAsync(string clientId, MqttStoredMessage message, MqttQualityOfService qualityOfService)
    {
        lock (_gate)
        {
            ThrowIfUnusable();
            if (!_state.Sessions.TryGetValue(clientId, out var session))
            {
                throw UnknownSession(clientId);
            }

            if (!_state.Messages.TryGetValue(message.Id, out var known) || known != message)
            {
                throw new InvalidOperationException($"Message {message.Id} is not held by this store (freed, or from another store).");
            }

            Check(_state.Enqueue(session, message, qualityOfService), clientId);
            JournalRecords.WriteEnqueue(_pending.Records, clientId, message.Id, qualityOfService);
            return Appended();
        }
    }

    /// <summary>
    /// Records that the queued message was sent with <paramref name="packetId"/>: it is in flight
    /// and must be resent with that packet id and DUP after a restart. For QoS 2, await this
    /// before sending the PUBLISH, or a crash could resend it under a new packet id. Resending
    /// with the same packet id (DUP) changes nothing.
    /// </summary>
    /// <exception cref="InvalidOperationException">Not queued in this session, packet id 0 or held by another entry, or PUBREC already received.</exception>
    public Task MarkSentAsync(string clientId, long messageId, ushort packetId)
    {
        lock (_gate)
        {
            ThrowIfUnusable();
            if (Check(_state.MarkSent(clientId, messageId, packetId), clientId) != StoreChange.Applied)
            {
                return DurableSoFar();
            }

            JournalRecords.WriteSent(_pending.Records, clientId, messageId, packetId);
            return Appended();
        }
    }

    /// <summary>QoS 2: PUBREC received for <paramref name="packetId"/>; from now on resend PUBREL, not PUBLISH.</summary>
    public Task MarkReleasedAsync(string clientId, ushort packetId) =>
        AppendPacketRecord(JournalRecordType.Released, clientId, packetId);

    /// <summary>PUBACK (QoS 1) or PUBCOMP (QoS 2) received: the entry leaves the queue and the body is freed with its last reference.</summary>
    public Task AcknowledgeAsync(string clientId, ushort packetId) =>
        AppendPacketRecord(JournalRecordType.Acknowledge, clientId, packetId);

    /// <summary>Removes a queued or in-flight message without delivery (expired, queue limit); unknown ids are ignored.</summary>
    public Task DiscardAsync(string clientId, long messageId)
    {
        lock (_gate)
        {
            ThrowIfUnusable();
            if (Check(_state.Discard(clientId, messageId), clientId) != StoreChange.Applied)
            {
                return DurableSoFar();
            }

            JournalRecords.WriteDiscard(_pending.Records, clientId, messageId);
            return Appended();
        }
    }

    /// <summary>An inbound QoS 2 PUBLISH was received; await before sending PUBREC (MQTT 5.0 §4.3.3).</summary>
    public Task AddInboundQos2Async(string clientId, ushort packetId) =>
        AppendPacketRecord(JournalRecordType.InboundReceived, clientId, packetId);

    /// <summary>PUBREL received for an inbound QoS 2 packet id; await before sending PUBCOMP.</summary>
    public Task ReleaseInboundQos2Async(string clientId, ushort packetId) =>
        AppendPacketRecord(JournalRecordType.InboundReleased, clientId, packetId);

    private Task AppendPacketRecord(JournalRecordType type, string clientId, ushort packetId)
    {
        lock (_gate)
        {
            ThrowIfUnusable();
            var change = type switch
            {
                JournalRecordType.Released => _state.MarkReleased(clientId, packetId),
                JournalRecordType.Acknowledge => _state.Acknowledge(clientId, packetId),
                JournalRecordType.InboundReceived => _state.ReceiveInbound(clientId, packetId),
                _ => _state.ReleaseInbound(clientId, packetId),
            };
            if (Check(change, clientId) != StoreChange.Applied)
            {
                return DurableSoFar();
            }

            JournalRecords.WritePacket(_pending.Records, type, clientId, packetId);
            return Appended();
        }
    }
}
