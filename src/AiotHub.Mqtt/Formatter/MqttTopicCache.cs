using System.Text;

namespace AiotHub.Mqtt.Formatter;

/// <summary>
/// A small direct-mapped cache from a topic name's UTF-8 bytes to its validated string, so a
/// connection that publishes to the same few topics decodes them without allocating. Only valid
/// topic names are stored; a miss validates, allocates the string and replaces the slot's entry.
/// Not thread-safe: one per connection. The slots are allocated on the first lookup, so a connection
/// that never publishes (most subscribers) pays only for this object.
/// </summary>
internal sealed class MqttTopicCache
{
    // Longer names are decoded every time rather than pinning large keys in memory.
    private const int MaxCachedLength = 256;

    private readonly int _mask;
    private byte[]?[]? _keys;
    private string?[]? _values;

    public MqttTopicCache(int capacity)
    {
        if (capacity <= 0 || (capacity & (capacity - 1)) != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(capacity), capacity, "The capacity must be a power of two.");
        }

        _mask = capacity - 1;
    }

    /// <summary>The string for a non-empty topic name; throws as <see cref="MqttTopicNames.Decode"/> does.</summary>
    public string GetOrAdd(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length > MaxCachedLength)
        {
            return MqttTopicNames.Decode(utf8);
        }

        var hash = new HashCode();
        hash.AddBytes(utf8);
        var slot = hash.ToHashCode() & _mask;
        var keys = _keys ??= new byte[]?[_mask + 1];
        var values = _values ??= new string?[_mask + 1];
        if (keys[slot] is { } key && utf8.SequenceEqual(key))
        {
            return values[slot]!;
        }

        var topic = MqttTopicNames.Decode(utf8);
        keys[slot] = utf8.ToArray();
        values[slot] = topic;
        return topic;
    }
}
