namespace AiotHub.Mqtt.Broker;

/// <summary>
/// The packets a connection owes its peer besides routed PUBLISHes, in order: many producers (the
/// read loop, the broker closing the connection), one consumer (the writer).
/// </summary>
/// <remarks>
/// A ring buffer under a lock rather than a <see cref="System.Collections.Concurrent.ConcurrentQueue{T}"/>:
/// that one preallocates a 32-slot segment (about 1 KB) per connection, which an idle client —
/// the common case in a home — would pay for nothing. This one holds no array until the first
/// packet and grows by doubling; the lock is uncontended except while the writer drains.
/// </remarks>
internal sealed class MqttControlQueue
{
    private readonly Lock _lock = new();
    private MqttControlItem[] _items = [];
    private int _head;
    private int _count;

    /// <summary>Packets waiting: what the read loop's backpressure looks at.</summary>
    public int Count => Volatile.Read(ref _count);

    public bool IsEmpty => Count == 0;

    public void Enqueue(in MqttControlItem item)
    {
        lock (_lock)
        {
            if (_count == _items.Length)
            {
                Grow();
            }

            _items[(_head + _count) % _items.Length] = item;
            Volatile.Write(ref _count, _count + 1);
        }
    }

    public bool TryDequeue(out MqttControlItem item)
    {
        lock (_lock)
        {
            if (_count == 0)
            {
                item = default;
                return false;
            }

            item = _items[_head];
            _items[_head] = default; // drop the packet reference
            _head = (_head + 1) % _items.Length;
            Volatile.Write(ref _count, _count - 1);
            return true;
        }
    }

    private void Grow()
    {
        var larger = new MqttControlItem[Math.Max(4, _items.Length * 2)];
        for (var i = 0; i < _count; i++)
        {
            larger[i] = _items[(_head + i) % _items.Length];
        }

        _items = larger;
        _head = 0;
    }
}
