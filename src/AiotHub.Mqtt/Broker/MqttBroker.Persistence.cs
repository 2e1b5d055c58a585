using AiotHub.Mqtt.Broker.Persistence;
using AiotHub.Mqtt.Packets;
using AiotHub.Mqtt.Protocol;
using StoredQueueEntry = AiotHub.Mqtt.Broker.Persistence.MqttQueuedMessage;

namespace AiotHub.Mqtt.Broker;

/// <summary>
/// The broker store (docs/broker-persistence.md): rebuilding retained messages and persistent
/// sessions at start, and journaling session lifecycle changes.
/// </summary>
public sealed partial class MqttBroker
{
    /// <summary>What was recovered from <see cref="MqttBrokerOptions.Store"/> at start; null without a store.</summary>
    public MqttBrokerRestoreSummary? Restored { get; private set; }

    /// <summary>
    /// A store call failed (I/O error, faulted or closed store): log it and close the affected
    /// connection with 0x80 rather than acknowledge what is not durable. The broker keeps running.
    /// </summary>
    internal void OnStoreFailure(MqttBrokerConnection? connection, Exception exception)
    {
        Log(MqttBrokerLogLevel.Error, "The broker store failed; closing the connection without acknowledging.", connection, exception);
        connection?.AbortOnStoreFailure();
    }

    /// <summary>Journals a session (re)attached by CONNECT; the returned task is awaited before CONNACK. Under the session lock.</summary>
    private Task? JournalAttach(MqttSession session, bool present)
    {
        if (_store is null)
        {
            return null;
        }

        if (session.ExpiryInterval == 0)
        {
            // A 5.0 client resuming with Session Expiry 0: the session ends with this connection,
            // so a crash must not bring it back.
            return session.TakeJournal()?.Remove();
        }

        if (present && session.Journal is { } journal)
        {
            return journal.Update(session.ProtocolVersion, expiresAt: null);
        }

        journal = new MqttSessionJournal(this, session, _store);
        session.SetJournal(journal);
        return journal.Create(session.ProtocolVersion);
    }

    /// <summary>Journals a persistent session's client going away: when it expires (null: never). Under the session lock.</summary>
    private void JournalDetach(MqttSession session)
    {
        if (session.Journal is not { } journal)
        {
            return;
        }

        DateTimeOffset? expiresAt = session.ExpiryInterval == uint.MaxValue ? null : _time.GetUtcNow().AddSeconds(session.ExpiryInterval);
        _ = journal.Update(session.ProtocolVersion, expiresAt);
    }

    /// <summary>Rebuilds retained messages and persistent sessions from the store (docs/broker-persistence.md, Startup).</summary>
    private void RestoreFromStore(MqttBrokerStore store)
    {
        var state = store.LoadState();
        var now = _time.GetUtcNow();
        var timestamp = _time.GetTimestamp();
        foreach (var message in state.RetainedMessages.Values)
        {
            // The store keeps no receive time: a Message Expiry Interval restarts with the broker.
            _retained.Store.Set(message, now);
        }

        int sessions = 0, expired = 0, queued = 0;
        lock (_sessionsLock)
        {
            foreach (var stored in state.Sessions.Values)
            {
                if (stored.ExpiresAt is { } deadline && deadline <= now)
                {
                    _ = store.RemoveSessionAsync(stored.ClientId);
                    expired++;
                    continue;
                }

                var session = new MqttSession(stored.ClientId, _options.MaximumQueuedMessagesPerClient, _options.QueueFullPolicy, Counters, _time)
                {
                    ExpiryInterval = stored.SessionExpiryInterval,
                    ProtocolVersion = stored.ProtocolVersion,
                };
                var journal = new MqttSessionJournal(this, session, store);
                session.SetJournal(journal);
                foreach (var (filter, subscription) in stored.Subscriptions)
                {
                    Subscribe(session, new MqttSessionSubscription(filter, subscription.QualityOfService, subscription.NoLocal,
                        subscription.RetainAsPublished, subscription.RetainHandling,
                        subscription.SubscriptionIdentifier == 0 ? null : subscription.SubscriptionIdentifier));
                }

                foreach (var entry in stored.Queue)
                {
                    RestoreQueueEntry(session, stored, entry, timestamp);
                    queued++;
                }

                foreach (var packetId in stored.InboundQos2PacketIds)
                {
                    session.IncomingQoS2.Add(packetId);
                }

                _sessions[stored.ClientId] = session;
                sessions++;
                if (session.ExpiryInterval != uint.MaxValue)
                {
                    var remaining = stored.ExpiresAt is { } at ? at - now : TimeSpan.FromSeconds(session.ExpiryInterval);
                    session.ExpiryTimer = CreateSessionTimer(session, static (broker, s) => broker.OnSessionExpired(s), remaining);
                    if (stored.ExpiresAt is null)
                    {
                        // Its client was connected when the broker stopped: the session now counts as
                        // disconnected since the restart, so a second crash still lets it expire.
                        _ = journal.Update(session.ProtocolVersion, now + remaining);
                    }
                }
            }
        }

        Restored = new MqttBrokerRestoreSummary(sessions, expired, state.RetainedMessages.Count, queued);
        Log(MqttBrokerLogLevel.Information,
            $"Restored from the broker store: {sessions} sessions ({expired} expired while down), {state.RetainedMessages.Count} retained messages, {queued} queued messages.",
            null, null);
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
                if (subscription.SubscriptionIdentifier != 0 && MqttTopic.Matches(filter, packet.Topic))
                {
                    (identifiers ??= []).Add(subscription.SubscriptionIdentifier);
                }
            }
        }

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
}
