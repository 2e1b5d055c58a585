namespace AiotHub.Mqtt.Broker;

/// <summary>
/// Live broker statistics, updated with <see cref="Interlocked"/> and readable from any thread. The overload figures
/// (drops per reason, queue depth, paused publishers) are described with the queue bounds in docs/mqtt-protocol.md.
/// </summary>
public sealed class MqttBrokerCounters
{
    private long _currentConnections;
    private long _totalConnections;
    private long _messagesIn;
    private long _messagesOut;
    private long _bytesIn;
    private long _bytesOut;
    private long _droppedQueueFull;
    private long _droppedSlowSubscriber;
    private long _droppedTooLarge;
    private long _droppedExpired;
    private long _queuedMessages;
    private long _publishersPaused;
    private long _publisherPauses;
    private long _replyBacklogPauses;
    private long _slowSubscribersDisconnected;

    internal MqttBrokerCounters()
    {
    }

    /// <summary>Network connections open right now (connected or still in CONNECT).</summary>
    public long CurrentConnections => Interlocked.Read(ref _currentConnections);

    /// <summary>Network connections accepted since start.</summary>
    public long TotalConnections => Interlocked.Read(ref _totalConnections);

    /// <summary>PUBLISH packets received from clients plus in-process publishes.</summary>
    public long MessagesIn => Interlocked.Read(ref _messagesIn);

    /// <summary>PUBLISH packets written to clients (redeliveries included).</summary>
    public long MessagesOut => Interlocked.Read(ref _messagesOut);

    public long BytesIn => Interlocked.Read(ref _bytesIn);

    public long BytesOut => Interlocked.Read(ref _bytesOut);

    /// <summary>
    /// Messages discarded by <see cref="MqttQueueFullPolicy"/> because the queue of a session whose client is away was
    /// full, or a producer that cannot wait (the hub's own publishes, wills) found it full.
    /// </summary>
    public long MessagesDroppedQueueFull => Interlocked.Read(ref _droppedQueueFull);

    /// <summary>
    /// QoS 0 messages discarded by <see cref="MqttQueueFullPolicy"/> for a connected subscriber that is the slow one
    /// (its socket takes nothing, or it owes acknowledgements for a full window) while its queue was full. Publishers
    /// are never held up for such a subscriber, and other subscribers lose nothing.
    /// </summary>
    public long MessagesDroppedSlowSubscriber => Interlocked.Read(ref _droppedSlowSubscriber);

    /// <summary>Messages not sent because they exceed the client's Maximum Packet Size (MQTT 5.0 §3.1.2.11.4).</summary>
    public long MessagesDroppedTooLarge => Interlocked.Read(ref _droppedTooLarge);

    /// <summary>Queued messages whose Message Expiry Interval elapsed before delivery (MQTT 5.0 §3.3.2.3.3).</summary>
    public long MessagesDroppedExpired => Interlocked.Read(ref _droppedExpired);

    public long MessagesDropped => MessagesDroppedQueueFull + MessagesDroppedSlowSubscriber + MessagesDroppedTooLarge + MessagesDroppedExpired;

    /// <summary>Messages waiting in the sessions' outbound queues right now (in flight not included): the queue depth.</summary>
    public long QueuedMessages => Interlocked.Read(ref _queuedMessages);

    /// <summary>Publishers whose reading is paused right now (backpressure) until a subscriber's full queue has room.</summary>
    public long PublishersPaused => Interlocked.Read(ref _publishersPaused);

    /// <summary>How often a publisher's reading was paused for a full subscriber queue since start.</summary>
    public long PublisherPauses => Interlocked.Read(ref _publisherPauses);

    /// <summary>How often a client's reading was paused because it did not read the replies it was owed (PUBACK, PINGRESP…).</summary>
    public long ReplyBacklogPauses => Interlocked.Read(ref _replyBacklogPauses);

    /// <summary>Subscribers disconnected because they kept a publisher paused for <see cref="MqttBrokerOptions.SlowSubscriberTimeout"/>.</summary>
    public long SlowSubscribersDisconnected => Interlocked.Read(ref _slowSubscribersDisconnected);

    internal void ConnectionOpened()
    {
        Interlocked.Increment(ref _currentConnections);
        Interlocked.Increment(ref _totalConnections);
    }

    internal void ConnectionClosed() => Interlocked.Decrement(ref _currentConnections);

    internal void MessageIn() => Interlocked.Increment(ref _messagesIn);

    internal void MessageOut() => Interlocked.Increment(ref _messagesOut);

    internal void AddBytesIn(long count) => Interlocked.Add(ref _bytesIn, count);

    internal void AddBytesOut(long count) => Interlocked.Add(ref _bytesOut, count);

    internal void DroppedQueueFull() => Interlocked.Increment(ref _droppedQueueFull);

    internal void DroppedSlowSubscriber() => Interlocked.Increment(ref _droppedSlowSubscriber);

    internal void DroppedTooLarge() => Interlocked.Increment(ref _droppedTooLarge);

    internal void DroppedExpired() => Interlocked.Increment(ref _droppedExpired);

    internal void AddQueued(long count) => Interlocked.Add(ref _queuedMessages, count);

    internal void PublisherPaused()
    {
        Interlocked.Increment(ref _publishersPaused);
        Interlocked.Increment(ref _publisherPauses);
    }

    internal void PublisherResumed() => Interlocked.Decrement(ref _publishersPaused);

    internal void ReplyBacklogPaused() => Interlocked.Increment(ref _replyBacklogPauses);

    internal void SlowSubscriberDisconnected() => Interlocked.Increment(ref _slowSubscribersDisconnected);
}
