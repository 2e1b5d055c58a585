namespace AiotHub.Mqtt.Broker.Persistence;

/// <summary>Turns a <see cref="StoreState"/> into snapshot records, or into the public recovered state.</summary>
internal static class StoreStateSnapshot
{
    private static readonly long MinUnixMilliseconds = DateTimeOffset.MinValue.ToUnixTimeMilliseconds();
    private static readonly long MaxUnixMilliseconds = DateTimeOffset.MaxValue.ToUnixTimeMilliseconds();

    /// <summary>
    /// Writes the state as the records that rebuild it, framed by SnapshotBegin and SnapshotEnd.
    /// Messages come before the sessions that queue them, so replay finds each body it needs.
    /// </summary>
    public static void Write(StoreState state, JournalRecordWriter w, long generation)
    {
        JournalRecords.WriteSnapshotBegin(w, generation, state.NextMessageId);
        foreach (var body in state.Retained.Values)
        {
            JournalRecords.WriteRetainSet(w, body);
        }

        // Unreferenced messages are kept too: the broker may still enqueue a message it has just added.
        foreach (var message in state.Messages.Values)
        {
            JournalRecords.WriteMessageAdd(w, message.Id, message.Body);
        }

        foreach (var session in state.Sessions.Values)
        {
            JournalRecords.WriteSessionSet(w, session.ClientId, isNew: true, session.ProtocolVersion, session.SessionExpiryInterval, session.ExpiresAt, session.UserName);
            foreach (var (filter, subscription) in session.Subscriptions)
            {
                JournalRecords.WriteSubscriptionSet(w, session.ClientId, filter, subscription);
            }

            for (var entry = session.First; entry is not null; entry = entry.Next)
            {
                JournalRecords.WriteEnqueue(w, session.ClientId, entry.Message.Id, entry.QualityOfService);
                if (entry.State != MqttQueuedMessageState.Queued)
                {
                    JournalRecords.WriteSent(w, session.ClientId, entry.Message.Id, entry.PacketId);
                }

                if (entry.State == MqttQueuedMessageState.AwaitingCompletion)
                {
                    JournalRecords.WritePacket(w, JournalRecordType.Released, session.ClientId, entry.PacketId);
                }
            }

            foreach (var packetId in session.InboundQos2PacketIds)
            {
                JournalRecords.WritePacket(w, JournalRecordType.InboundReceived, session.ClientId, packetId);
            }
        }

        JournalRecords.WriteSnapshotEnd(w);
    }

    /// <summary>
    /// Decodes the state for the broker; each message body is decoded once and shared. A body that does not decode
    /// (written by a bug, or a file edited by hand: its CRC was right) is reported, not returned, and never throws.
    /// </summary>
    public static MqttBrokerStoreState Export(StoreState state)
    {
        var retained = new Dictionary<string, MqttApplicationMessage>(StringComparer.Ordinal);
        var unreadableRetained = new List<string>();
        foreach (var (topic, body) in state.Retained)
        {
            if (StoredMessageCodec.TryRead(body, out var message))
            {
                retained[topic] = message;
            }
            else
            {
                unreadableRetained.Add(topic);
            }
        }

        var decoded = new Dictionary<long, MqttApplicationMessage?>();
        var sessions = new Dictionary<string, MqttStoredSession>(StringComparer.Ordinal);
        foreach (var session in state.Sessions.Values)
        {
            var queue = new List<MqttQueuedMessage>(session.QueueLength);
            List<long>? unreadable = null;
            for (var entry = session.First; entry is not null; entry = entry.Next)
            {
                if (!decoded.TryGetValue(entry.Message.Id, out var message))
                {
                    message = StoredMessageCodec.TryRead(entry.Message.Body, out var read) ? read : null;
                    decoded.Add(entry.Message.Id, message);
                }

                if (message is null)
                {
                    (unreadable ??= []).Add(entry.Message.Id);
                    continue;
                }

                queue.Add(new MqttQueuedMessage(entry.Message.Id, message, entry.QualityOfService, entry.State, entry.PacketId));
            }

            sessions.Add(session.ClientId, new MqttStoredSession(
                session.ClientId,
                session.ProtocolVersion,
                session.SessionExpiryInterval,
                session.ExpiresAt is { } ms ? DateTimeOffset.FromUnixTimeMilliseconds(Math.Clamp(ms, MinUnixMilliseconds, MaxUnixMilliseconds)) : null,
                new Dictionary<string, MqttStoredSubscription>(session.Subscriptions, StringComparer.Ordinal),
                queue,
                new HashSet<ushort>(session.InboundQos2PacketIds),
                session.UserName,
                unreadable ?? (IReadOnlyList<long>)[]));
        }

        return new MqttBrokerStoreState(retained, sessions, unreadableRetained);
    }
}
