using AiotHub.Mqtt.Broker.Persistence;
using AiotHub.Mqtt.Packets;
using AiotHub.Mqtt.Protocol;

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

        DateTimeOffset? expiresAt = session.ExpiryInterval == uint.MaxValue ? null : MqttDurations.AddSeconds(_time.GetUtcNow(), session.ExpiryInterval);
        _ = journal.Update(session.ProtocolVersion, expiresAt);
    }
}
