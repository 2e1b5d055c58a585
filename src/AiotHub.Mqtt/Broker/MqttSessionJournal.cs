using AiotHub.Mqtt.Broker.Persistence;
using AiotHub.Mqtt.Packets;
using AiotHub.Mqtt.Protocol;

namespace AiotHub.Mqtt.Broker;

/// <summary>
/// A persistent session's link to the <see cref="MqttBrokerStore"/>: one method per journal hook of
/// <see cref="MqttSession"/>. None throws: a store failure is reported to the broker (which logs it
/// and closes the session's connection with 0x80) and comes back as a faulted task, so whoever
/// awaits it before acknowledging does not acknowledge.
/// </summary>
/// <remarks>
/// Called under <see cref="MqttSession.Sync"/> (or the broker's session lock), so the store sees a
/// session's changes in the order the session made them.
/// </remarks>
internal sealed class MqttSessionJournal(MqttBroker broker, MqttSession session, MqttBrokerStore store)
{
    public MqttBrokerStore Store => store;

    /// <summary>
    /// Queues <paramref name="message"/> in the store; its body <paramref name="stored"/> is added on
    /// first use and shared by the other sessions the same PUBLISH reaches. <paramref name="storedId"/>
    /// is 0 when the delivery was not stored.
    /// </summary>
    public Task Enqueue(ref MqttStoredMessage? stored, MqttPublishPacket message, MqttQualityOfService qualityOfService, out long storedId)
    {
        storedId = 0;
        try
        {
            stored ??= store.AddMessage(MqttApplicationMessage.From(message, withSubscriptionIdentifiers: false));
            Task durable;
            try
            {
                durable = store.EnqueueAsync(session.ClientId, stored, qualityOfService);
            }
            catch (InvalidOperationException ex) when (ex is not ObjectDisposedException)
            {
                // The shared body was freed meanwhile (an earlier subscriber already acknowledged it),
                // or this session already holds it (an ordinary and a shared subscription matched):
                // this delivery gets a body of its own.
                stored = store.AddMessage(MqttApplicationMessage.From(message, withSubscriptionIdentifiers: false));
                durable = store.EnqueueAsync(session.ClientId, stored, qualityOfService);
            }

            storedId = stored.Id;
            return durable;
        }
        catch (Exception ex)
        {
            return Fail(ex);
        }
    }

    public Task MarkSent(long messageId, ushort packetId) =>
        Run(static (s, c, m, p) => s.MarkSentAsync(c, m, p), messageId, packetId);

    public Task MarkReleased(ushort packetId) =>
        Run(static (s, c, _, p) => s.MarkReleasedAsync(c, p), 0, packetId);

    public Task Acknowledge(ushort packetId) =>
        Run(static (s, c, _, p) => s.AcknowledgeAsync(c, p), 0, packetId);

    public Task Discard(long messageId) =>
        Run(static (s, c, m, _) => s.DiscardAsync(c, m), messageId, 0);

    public Task AddInboundQos2(ushort packetId) =>
        Run(static (s, c, _, p) => s.AddInboundQos2Async(c, p), 0, packetId);

    public Task ReleaseInboundQos2(ushort packetId) =>
        Run(static (s, c, _, p) => s.ReleaseInboundQos2Async(c, p), 0, packetId);

    public Task SetSubscription(MqttSessionSubscription subscription)
    {
        try
        {
            return store.SetSubscriptionAsync(session.ClientId, subscription.Filter, new MqttStoredSubscription(
                subscription.QualityOfService, subscription.NoLocal, subscription.RetainAsPublished,
                subscription.RetainHandling, subscription.SubscriptionIdentifier ?? 0));
        }
        catch (Exception ex)
        {
            return Fail(ex);
        }
    }

    public Task RemoveSubscription(string filter)
    {
        try
        {
            return store.RemoveSubscriptionAsync(session.ClientId, filter);
        }
        catch (Exception ex)
        {
            return Fail(ex);
        }
    }

    public Task Create(MqttProtocolVersion protocolVersion)
    {
        try
        {
            return store.CreateSessionAsync(session.ClientId, protocolVersion, session.ExpiryInterval, session.UserName);
        }
        catch (Exception ex)
        {
            return Fail(ex);
        }
    }

    /// <summary>Reconnect (<paramref name="expiresAt"/> null) or disconnect (when the session will expire; null for never).</summary>
    public Task Update(MqttProtocolVersion protocolVersion, DateTimeOffset? expiresAt)
    {
        try
        {
            return store.UpdateSessionAsync(session.ClientId, protocolVersion, session.ExpiryInterval, expiresAt, session.UserName);
        }
        catch (Exception ex)
        {
            return Fail(ex);
        }
    }

    public Task Remove()
    {
        try
        {
            return store.RemoveSessionAsync(session.ClientId);
        }
        catch (Exception ex)
        {
            return Fail(ex);
        }
    }

    private Task Run(Func<MqttBrokerStore, string, long, ushort, Task> call, long messageId, ushort packetId)
    {
        try
        {
            return call(store, session.ClientId, messageId, packetId);
        }
        catch (Exception ex)
        {
            return Fail(ex);
        }
    }

    private Task Fail(Exception ex)
    {
        broker.OnStoreFailure(session.Connection, ex);
        return Task.FromException(ex);
    }
}
