using AiotHub.Mqtt.Broker.Persistence;
using AiotHub.Mqtt.Protocol;
using StoredQueueEntry = AiotHub.Mqtt.Broker.Persistence.MqttQueuedMessage;

namespace AiotHub.Mqtt.Broker;

/// <summary>
/// Startup from the broker store (docs/broker-persistence.md, Startup), one record at a time: a record the broker
/// cannot serve — a value no client could have sent, a body that does not decode — is logged, counted in
/// <see cref="MqttBrokerRestoreSummary.SetAside"/> and removed from the store, and the rest is restored. Nothing
/// read from the store is a reason not to start.
/// </summary>
public sealed partial class MqttBroker
{
    /// <summary>Set-aside records logged one by one; past this, one line gives the rest's count.</summary>
    private const int SetAsideLogLimit = 20;

    private int _setAside;

    /// <summary>Rebuilds retained messages and persistent sessions from the store.</summary>
    private void RestoreFromStore(MqttBrokerStore store)
    {
        var state = store.LoadState();
        var now = _time.GetUtcNow();
        var timestamp = _time.GetTimestamp();
        foreach (var topic in state.UnreadableRetainedTopics)
        {
            SetAside($"the retained message of '{topic}'", "its stored body does not decode", () => store.ClearRetainedAsync(topic));
        }

        var retained = 0;
        foreach (var (topic, message) in state.RetainedMessages)
        {
            if (RestoreRetained(store, topic, message, now))
            {
                retained++;
            }
        }

        int sessions = 0, expired = 0, queued = 0;
        lock (_sessionsLock)
        {
            foreach (var stored in state.Sessions.Values)
            {
                try
                {
                    switch (RestoreSession(store, stored, now, timestamp, ref queued))
                    {
                        case true:
                            sessions++;
                            break;
                        case false:
                            expired++;
                            break;
                    }
                }
                catch (Exception ex)
                {
                    // Not foreseen by the checks: this session only is lost, not the start.
                    Log(MqttBrokerLogLevel.Error, $"Restoring session '{stored.ClientId}' failed.", null, ex);
                    SetAside($"session '{stored.ClientId}'", ex.Message, () => store.RemoveSessionAsync(stored.ClientId));
                }
            }
        }

        if (_setAside > SetAsideLogLimit)
        {
            Log(MqttBrokerLogLevel.Warning, $"... and {_setAside - SetAsideLogLimit} more records set aside from the broker store.", null, null);
        }

        Restored = new MqttBrokerRestoreSummary(sessions, expired, retained, queued, _setAside);
        Log(MqttBrokerLogLevel.Information,
            $"Restored from the broker store: {sessions} sessions ({expired} expired while down), {retained} retained messages, {queued} queued messages" +
            (_setAside > 0 ? $"; {_setAside} records set aside." : "."),
            null, null);
    }

    private bool RestoreRetained(MqttBrokerStore store, string topic, MqttApplicationMessage message, DateTimeOffset now)
    {
        var why = message.Topic != topic ? "it is stored under another topic" : MqttRestoreChecks.CheckMessage(message);
        if (why is null)
        {
            try
            {
                // The store keeps no receive time: a Message Expiry Interval restarts with the broker.
                _retained.Store.Set(message, now);
                return true;
            }
            catch (Exception ex)
            {
                why = ex.Message;
            }
        }

        SetAside($"the retained message of '{topic}'", why, () => store.ClearRetainedAsync(topic));
        return false;
    }

    /// <summary>True: restored; false: it expired while the broker was down and is removed; null: set aside. Under the session lock.</summary>
    private bool? RestoreSession(MqttBrokerStore store, MqttStoredSession stored, DateTimeOffset now, long timestamp, ref int queued)
    {
        var clientId = stored.ClientId;
        if (MqttRestoreChecks.CheckSession(stored) is { } why)
        {
            SetAside($"session '{clientId}'", why, () => store.RemoveSessionAsync(clientId));
            return null;
        }

        if (stored.ExpiresAt is { } deadline && deadline <= now)
        {
            _ = store.RemoveSessionAsync(clientId);
            return false;
        }

        // The broker's maximum applies to what the store says as to what a client asks (§3.2.2.3.2), and no deadline
        // lies further ahead than the interval itself (a clock set back while the broker was down).
        var interval = Math.Min(stored.SessionExpiryInterval, _options.MaximumSessionExpiryInterval);
        TimeSpan? remaining = null;
        if (interval != uint.MaxValue)
        {
            var whole = TimeSpan.FromSeconds(interval);
            remaining = stored.ExpiresAt is { } at && at - now < whole ? at - now : whole;
        }

        var session = new MqttSession(clientId, _options.MaximumQueuedMessagesPerClient, _options.QueueFullPolicy, Counters, _time)
        {
            ExpiryInterval = interval,
            ProtocolVersion = stored.ProtocolVersion,
            UserName = stored.UserName,
        };

        var subscriptions = new List<MqttSessionSubscription>(stored.Subscriptions.Count);
        foreach (var (filter, subscription) in stored.Subscriptions)
        {
            if (MqttRestoreChecks.CheckSubscription(filter, subscription) is { } bad)
            {
                SetAside($"subscription '{filter}' of session '{clientId}'", bad, () => store.RemoveSubscriptionAsync(clientId, filter));
                continue;
            }

            subscriptions.Add(new MqttSessionSubscription(filter, subscription.QualityOfService, subscription.NoLocal,
                subscription.RetainAsPublished, subscription.RetainHandling,
                subscription.SubscriptionIdentifier == 0 ? null : subscription.SubscriptionIdentifier));
        }

        queued += RestoreQueue(store, stored, session, timestamp);
        foreach (var packetId in stored.InboundQos2PacketIds)
        {
            if (packetId != 0)
            {
                session.IncomingQoS2.Add(packetId);
            }
        }

        // Only now does the session touch shared state: the subscription tree, then the session table.
        var added = 0;
        try
        {
            foreach (var subscription in subscriptions)
            {
                Subscribe(session, subscription);
                added++;
            }
        }
        catch
        {
            foreach (var subscription in subscriptions.Take(added))
            {
                Unsubscribe(session, subscription.Filter);
            }

            throw;
        }

        var journal = new MqttSessionJournal(this, session, store);
        session.SetJournal(journal);
        _sessions[clientId] = session;
        if (remaining is { } left)
        {
            session.ExpiryTimer = CreateSessionTimer(session, static (broker, s) => broker.OnSessionExpired(s), left);
            if (stored.ExpiresAt is null)
            {
                // Its client was connected when the broker stopped: the session now counts as
                // disconnected since the restart, so a second crash still lets it expire.
                _ = journal.Update(session.ProtocolVersion, MqttDurations.Add(now, left));
            }
        }

        return true;
    }

    /// <summary>Puts a stored session's deliveries back, in order, within the queue bound; returns how many.</summary>
    private int RestoreQueue(MqttBrokerStore store, MqttStoredSession stored, MqttSession session, long timestamp)
    {
        var clientId = stored.ClientId;
        foreach (var messageId in stored.UnreadableMessageIds)
        {
            SetAside($"queued message {messageId} of session '{clientId}'", "its stored body does not decode", () => store.DiscardAsync(clientId, messageId));
        }

        var packetIds = new HashSet<ushort>();
        var entries = new List<StoredQueueEntry>(stored.Queue.Count);
        foreach (var entry in stored.Queue)
        {
            if (MqttRestoreChecks.CheckQueueEntry(entry, packetIds) is { } why)
            {
                SetAside($"queued message {entry.MessageId} of session '{clientId}'", why, () => store.DiscardAsync(clientId, entry.MessageId));
                continue;
            }

            entries.Add(entry);
        }

        // A store may hold more than MaximumQueuedMessagesPerClient (the limit was lowered since): the queue
        // policy decides which waiting messages go, as it would have when they arrived. In-flight ones stay.
        var waiting = entries.Count(e => e.State == MqttQueuedMessageState.Queued);
        var excess = Math.Max(0, waiting - _options.MaximumQueuedMessagesPerClient);
        var skipFirst = _options.QueueFullPolicy == MqttQueueFullPolicy.DropOldest ? excess : 0;
        var keep = waiting - excess;
        var restored = 0;
        foreach (var entry in entries)
        {
            if (entry.State == MqttQueuedMessageState.Queued)
            {
                if (skipFirst > 0 || keep == 0)
                {
                    skipFirst = Math.Max(0, skipFirst - 1);
                    Counters.DroppedQueueFull();
                    _ = store.DiscardAsync(clientId, entry.MessageId);
                    continue;
                }

                keep--;
            }

            RestoreQueueEntry(session, stored, entry, timestamp);
            restored++;
        }

        return restored;
    }

    private static void RestoreQueueEntry(MqttSession session, MqttStoredSession stored, StoredQueueEntry entry, long timestamp)
    {
        var packet = entry.Message.ToPublishPacket();
        packet.Retain = false; // The store keeps the message as published, not each delivery's RETAIN flag.
        List<uint>? identifiers = null;
        if (stored.ProtocolVersion == MqttProtocolVersion.V500)
        {
            // Subscription identifiers are stored per subscription: recompute them from the topic (§3.3.4).
            foreach (var (filter, subscription) in stored.Subscriptions)
            {
                if (subscription.SubscriptionIdentifier != 0 && MqttTopic.IsValidTopicFilter(filter) && MqttTopic.Matches(filter, packet.Topic))
                {
                    (identifiers ??= []).Add(subscription.SubscriptionIdentifier);
                }
            }
        }

        // A Message Expiry Interval restarts with the broker (the store keeps no receive time).
        var queued = new MqttQueuedMessage(packet, entry.QualityOfService, false, identifiers, timestamp, entry.MessageId);
        switch (entry.State)
        {
            case MqttQueuedMessageState.Queued:
                session.RestoreQueued(queued);
                break;
            case MqttQueuedMessageState.AwaitingAcknowledgement:
                session.RestoreInflight(queued, entry.PacketId,
                    entry.QualityOfService == MqttQualityOfService.AtLeastOnce ? MqttInflightState.AwaitingPubAck : MqttInflightState.AwaitingPubRec);
                break;
            default:
                session.RestoreInflight(queued, entry.PacketId, MqttInflightState.AwaitingPubComp);
                break;
        }
    }

    /// <summary>Logs a record that cannot be restored (the first <see cref="SetAsideLogLimit"/> one by one) and removes it from the store.</summary>
    private void SetAside(string what, string why, Func<Task> remove)
    {
        if (++_setAside <= SetAsideLogLimit)
        {
            Log(MqttBrokerLogLevel.Warning, $"Set aside {what} from the broker store: {why}. Not restored; removed from the store.", null, null);
        }

        try
        {
            _ = remove();
        }
        catch (Exception ex)
        {
            // The store is unusable: the record stays on disk and is set aside again at the next start.
            Log(MqttBrokerLogLevel.Error, $"Removing {what} from the broker store failed.", null, ex);
        }
    }
}
