using AiotHub.Mqtt.Protocol;

namespace AiotHub.Mqtt.Broker.Persistence;

/// <summary>
/// The store's live state: what a snapshot would contain now. Both the live API and replay go
/// through these methods, so a replayed log ends in exactly the state the writer had. Not thread
/// safe: the store calls it under its lock.
/// </summary>
internal sealed class StoreState
{
    /// <summary>Rough bytes per entry, subscription or session in a snapshot; only steers compaction.</summary>
    private const int ItemOverhead = 32;

    public Dictionary<string, byte[]> Retained { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, StoreSession> Sessions { get; } = new(StringComparer.Ordinal);

    public Dictionary<long, MqttStoredMessage> Messages { get; } = [];

    public long NextMessageId { get; set; } = 1;

    /// <summary>Approximate size of a snapshot of this state.</summary>
    public long LiveBytes { get; private set; }

    public void SetRetained(string topic, byte[] body)
    {
        if (Retained.TryGetValue(topic, out var old))
        {
            LiveBytes -= old.Length;
        }

        Retained[topic] = body;
        LiveBytes += body.Length;
    }

    public StoreChange ClearRetained(string topic)
    {
        if (!Retained.Remove(topic, out var old))
        {
            return StoreChange.Unchanged;
        }

        LiveBytes -= old.Length;
        return StoreChange.Applied;
    }

    public StoreChange SetSession(string clientId, bool isNew, MqttProtocolVersion version, uint expiryInterval, long? expiresAt, string? userName)
    {
        if (isNew)
        {
            RemoveSession(clientId);
            Sessions.Add(clientId, new StoreSession(clientId));
            LiveBytes += ItemOverhead;
        }

        if (!Sessions.TryGetValue(clientId, out var session))
        {
            return StoreChange.UnknownSession;
        }

        session.ProtocolVersion = version;
        session.SessionExpiryInterval = expiryInterval;
        session.ExpiresAt = expiresAt;
        session.UserName = userName;
        return StoreChange.Applied;
    }

    public StoreChange RemoveSession(string clientId)
    {
        if (!Sessions.Remove(clientId, out var session))
        {
            return StoreChange.UnknownSession;
        }

        while (session.First is { } entry)
        {
            RemoveEntry(session, entry);
        }

        LiveBytes -= ItemOverhead * (1L + session.Subscriptions.Count + session.InboundQos2PacketIds.Count);
        foreach (var filter in session.Subscriptions.Keys)
        {
            LiveBytes -= filter.Length;
        }

        return StoreChange.Applied;
    }

    public StoreChange SetSubscription(string clientId, string filter, MqttStoredSubscription subscription)
    {
        if (!Sessions.TryGetValue(clientId, out var session))
        {
            return StoreChange.UnknownSession;
        }

        if (session.Subscriptions.TryAdd(filter, subscription))
        {
            LiveBytes += ItemOverhead + filter.Length;
        }
        else
        {
            session.Subscriptions[filter] = subscription;
        }

        return StoreChange.Applied;
    }

    public StoreChange RemoveSubscription(string clientId, string filter)
    {
        if (!Sessions.TryGetValue(clientId, out var session))
        {
            return StoreChange.UnknownSession;
        }

        if (!session.Subscriptions.Remove(filter))
        {
            return StoreChange.Unchanged;
        }

        LiveBytes -= ItemOverhead + filter.Length;
        return StoreChange.Applied;
    }

    public MqttStoredMessage AddMessage(long id, byte[] body)
    {
        if (Messages.TryGetValue(id, out var existing))
        {
            // Only a corrupt log repeats an id; keep the first body and its references.
            return existing;
        }

        var message = new MqttStoredMessage(id, body);
        Messages.Add(id, message);
        NextMessageId = Math.Max(NextMessageId, id + 1);
        LiveBytes += body.Length;
        return message;
    }

    public StoreChange Enqueue(string clientId, long messageId, MqttQualityOfService qualityOfService)
    {
        if (!Sessions.TryGetValue(clientId, out var session))
        {
            return StoreChange.UnknownSession;
        }

        return Messages.TryGetValue(messageId, out var message)
            ? Enqueue(session, message, qualityOfService)
            : StoreChange.UnknownMessage;
    }

    public StoreChange Enqueue(StoreSession session, MqttStoredMessage message, MqttQualityOfService qualityOfService)
    {
        if (message.IsFreed)
        {
            return StoreChange.UnknownMessage;
        }

        if (session.Contains(message.Id) || qualityOfService is not (MqttQualityOfService.AtLeastOnce or MqttQualityOfService.ExactlyOnce))
        {
            return StoreChange.Conflict;
        }

        session.Append(new StoreQueueEntry(message, qualityOfService));
        message.ReferenceCount++;
        LiveBytes += ItemOverhead;
        return StoreChange.Applied;
    }

    public StoreChange MarkSent(string clientId, long messageId, ushort packetId)
    {
        if (!Sessions.TryGetValue(clientId, out var session))
        {
            return StoreChange.UnknownSession;
        }

        if (session.FindByMessage(messageId) is not { } entry)
        {
            return StoreChange.UnknownMessage;
        }

        if (packetId == 0 || (session.FindByPacket(packetId) is { } other && other != entry))
        {
            return StoreChange.Conflict;
        }

        if (entry.State != MqttQueuedMessageState.Queued && entry.PacketId == packetId)
        {
            // A resend with DUP after a reconnect (MQTT 5.0 §4.4) changes nothing.
            return StoreChange.Unchanged;
        }

        if (entry.State == MqttQueuedMessageState.AwaitingCompletion)
        {
            // After PUBREC only PUBREL may be resent (§4.3.3); a new PUBLISH would deliver twice.
            return StoreChange.Conflict;
        }

        session.SetPacketId(entry, packetId);
        entry.State = MqttQueuedMessageState.AwaitingAcknowledgement;
        return StoreChange.Applied;
    }

    public StoreChange MarkReleased(string clientId, ushort packetId)
    {
        if (!Sessions.TryGetValue(clientId, out var session))
        {
            return StoreChange.UnknownSession;
        }

        if (session.FindByPacket(packetId) is not { QualityOfService: MqttQualityOfService.ExactlyOnce, State: MqttQueuedMessageState.AwaitingAcknowledgement } entry)
        {
            return StoreChange.Unchanged;
        }

        entry.State = MqttQueuedMessageState.AwaitingCompletion;
        return StoreChange.Applied;
    }

    public StoreChange Acknowledge(string clientId, ushort packetId)
    {
        if (!Sessions.TryGetValue(clientId, out var session))
        {
            return StoreChange.UnknownSession;
        }

        if (session.FindByPacket(packetId) is not { } entry)
        {
            return StoreChange.Unchanged;
        }

        RemoveEntry(session, entry);
        return StoreChange.Applied;
    }

    public StoreChange Discard(string clientId, long messageId)
    {
        if (!Sessions.TryGetValue(clientId, out var session))
        {
            return StoreChange.UnknownSession;
        }

        if (session.FindByMessage(messageId) is not { } entry)
        {
            return StoreChange.Unchanged;
        }

        RemoveEntry(session, entry);
        return StoreChange.Applied;
    }

    public StoreChange ReceiveInbound(string clientId, ushort packetId)
    {
        if (!Sessions.TryGetValue(clientId, out var session))
        {
            return StoreChange.UnknownSession;
        }

        if (!session.InboundQos2PacketIds.Add(packetId))
        {
            return StoreChange.Unchanged;
        }

        LiveBytes += ItemOverhead;
        return StoreChange.Applied;
    }

    public StoreChange ReleaseInbound(string clientId, ushort packetId)
    {
        if (!Sessions.TryGetValue(clientId, out var session))
        {
            return StoreChange.UnknownSession;
        }

        if (!session.InboundQos2PacketIds.Remove(packetId))
        {
            return StoreChange.Unchanged;
        }

        LiveBytes -= ItemOverhead;
        return StoreChange.Applied;
    }

    /// <summary>After replay: bodies added but never queued (or whose queuing was torn off) are garbage.</summary>
    public void DropUnreferencedMessages()
    {
        foreach (var message in Messages.Values.Where(m => m.ReferenceCount == 0).ToList())
        {
            Free(message);
        }
    }

    private void RemoveEntry(StoreSession session, StoreQueueEntry entry)
    {
        session.Remove(entry);
        LiveBytes -= ItemOverhead;
        if (--entry.Message.ReferenceCount == 0)
        {
            Free(entry.Message);
        }
    }

    private void Free(MqttStoredMessage message)
    {
        Messages.Remove(message.Id);
        message.IsFreed = true;
        LiveBytes -= message.Body.Length;
    }
}
