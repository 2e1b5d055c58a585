using AiotHub.Mqtt.Protocol;

namespace AiotHub.Mqtt.Client;

/// <summary>
/// Received messages waiting for the handler, in arrival order, at most <c>capacity</c> of them. When full: an arriving
/// message first takes the place of the oldest QoS 0 message held (a counted drop — QoS 0 is best effort, §4.3.1, and
/// a QoS 0 message that arrives with no other QoS 0 held is itself the one dropped); a QoS 1/2 message that finds only
/// QoS 1/2 messages waits for the handler to take one, which stops the read loop, so the server holds what follows
/// (backpressure; nothing acknowledged is ever dropped). One writer (the read loop) and one reader (the delivery loop).
/// </summary>
internal sealed class MqttClientInboundQueue(int capacity)
{
    private readonly Lock _sync = new();
    private readonly LinkedList<MqttClientInboundMessage> _items = new();

    // The QoS 0 nodes of _items, oldest first: both are consumed in arrival order, so the reader always finds its
    // QoS 0 message at the head here.
    private readonly Queue<LinkedListNode<MqttClientInboundMessage>> _atMostOnce = new();
    private TaskCompletionSource? _itemAdded;
    private TaskCompletionSource? _itemTaken;
    private bool _completed;
    private long _dropped;
    private long _pauses;

    public int Count
    {
        get
        {
            lock (_sync)
            {
                return _items.Count;
            }
        }
    }

    /// <summary>QoS 0 messages dropped because the handler fell behind.</summary>
    public long Dropped => Interlocked.Read(ref _dropped);

    /// <summary>Times the read loop stopped for a QoS 1/2 message because the queue was full of them.</summary>
    public long Pauses => Interlocked.Read(ref _pauses);

    /// <summary>Adds <paramref name="message"/>; waits only when it is QoS 1/2 and the queue is full of QoS 1/2 messages.</summary>
    public async ValueTask AddAsync(MqttClientInboundMessage message, CancellationToken cancellationToken)
    {
        var paused = false;
        while (true)
        {
            Task room;
            lock (_sync)
            {
                if (_completed)
                {
                    return;
                }

                if (_items.Count >= capacity)
                {
                    if (_atMostOnce.TryDequeue(out var oldest))
                    {
                        _items.Remove(oldest);
                        Interlocked.Increment(ref _dropped);
                    }
                    else if (message.Packet.QualityOfService == MqttQualityOfService.AtMostOnce)
                    {
                        Interlocked.Increment(ref _dropped);
                        return;
                    }
                }

                if (_items.Count < capacity)
                {
                    var node = _items.AddLast(message);
                    if (message.Packet.QualityOfService == MqttQualityOfService.AtMostOnce)
                    {
                        _atMostOnce.Enqueue(node);
                    }

                    Signal(ref _itemAdded);
                    return;
                }

                if (!paused)
                {
                    paused = true;
                    Interlocked.Increment(ref _pauses);
                }

                room = (_itemTaken ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).Task;
            }

            await room.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The oldest message, or false when there is none yet; <see cref="WaitAsync"/> for the next.</summary>
    public bool TryTake(out MqttClientInboundMessage message)
    {
        lock (_sync)
        {
            if (_items.First is not { } first)
            {
                message = default!;
                return false;
            }

            _items.RemoveFirst();
            if (_atMostOnce.TryPeek(out var head) && head == first)
            {
                _atMostOnce.Dequeue();
            }

            message = first.Value;
            Signal(ref _itemTaken);
            return true;
        }
    }

    /// <summary>Completes when a message is there (true) or the queue is completed and empty (false).</summary>
    public async ValueTask<bool> WaitAsync()
    {
        while (true)
        {
            Task added;
            lock (_sync)
            {
                if (_items.Count > 0)
                {
                    return true;
                }

                if (_completed)
                {
                    return false;
                }

                added = (_itemAdded ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).Task;
            }

            await added.ConfigureAwait(false);
        }
    }

    /// <summary>No more messages: a waiting writer returns, the reader drains what is left and stops.</summary>
    public void Complete()
    {
        lock (_sync)
        {
            _completed = true;
            Signal(ref _itemAdded);
            Signal(ref _itemTaken);
        }
    }

    private static void Signal(ref TaskCompletionSource? waiter)
    {
        waiter?.TrySetResult();
        waiter = null;
    }
}
