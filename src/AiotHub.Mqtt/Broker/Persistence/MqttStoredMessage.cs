namespace AiotHub.Mqtt.Broker.Persistence;

/// <summary>
/// A message body held by the store once, however many session queues reference it. Returned by
/// <see cref="MqttBrokerStore.AddMessage"/> and passed to <see cref="MqttBrokerStore.EnqueueAsync"/>
/// for each session that should receive it. The store frees it when the last queue entry
/// referencing it is acknowledged or discarded.
/// </summary>
public sealed class MqttStoredMessage
{
    internal MqttStoredMessage(long id, byte[] body)
    {
        Id = id;
        Body = body;
    }

    /// <summary>Unique within the store directory, increasing, never reused.</summary>
    public long Id { get; }

    /// <summary>The encoded body (see <see cref="StoredMessageCodec"/>); kept encoded so snapshots copy bytes.</summary>
    internal byte[] Body { get; }

    /// <summary>Queue entries referencing this message; guarded by the store's lock.</summary>
    internal int ReferenceCount { get; set; }

    /// <summary>True once freed; the message can no longer be enqueued.</summary>
    internal bool IsFreed { get; set; }
}
