namespace AiotHub.Mqtt.Broker;

/// <summary>
/// Live broker statistics, updated with <see cref="Interlocked"/> and readable from any thread.
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
    private long _droppedTooLarge;
    private long _droppedExpired;

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

    /// <summary>Messages discarded because a session's queue was full (<see cref="MqttQueueFullPolicy"/>).</summary>
    public long MessagesDroppedQueueFull => Interlocked.Read(ref _droppedQueueFull);

    /// <summary>Messages not sent because they exceed the client's Maximum Packet Size (MQTT 5.0 §3.1.2.11.4).</summary>
    public long MessagesDroppedTooLarge => Interlocked.Read(ref _droppedTooLarge);

    /// <summary>Queued messages whose Message Expiry Interval elapsed before delivery (MQTT 5.0 §3.3.2.3.3).</summary>
    public long MessagesDroppedExpired => Interlocked.Read(ref _droppedExpired);

    public long MessagesDropped => MessagesDroppedQueueFull + MessagesDroppedTooLarge + MessagesDroppedExpired;

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

    internal void DroppedTooLarge() => Interlocked.Increment(ref _droppedTooLarge);

    internal void DroppedExpired() => Interlocked.Increment(ref _droppedExpired);
}
