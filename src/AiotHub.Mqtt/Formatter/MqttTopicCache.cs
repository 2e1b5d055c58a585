using System.Text;

namespace AiotHub.Mqtt.Formatter;

/// <summary>
/// A small direct-mapped cache from a topic name's UTF-8 bytes to its validated string, so a
/// connection that publishes to the same few topics decodes them without allocating. Only valid
/// topic names are stored; a miss validates, allocates the string and replaces the slot's entry.
/// Not thread-safe: one per connection.
/// </summary>
internal sealed class MqttTopicCache
{
    // Longer names are decoded every time rather than pinning large keys in memory.
    private const int MaxCachedLength = 256;

    private readonly byte[]?[] _keys;
    private readonly string?[] _values;
    private readonly int _mask;

    public MqttTopicCache(int capacity)
    {
        if (capacity <= 0 || (capacity & (capacity - 1)) != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(capacity), capacity, "The capacity must be a power of two.");
        }

        _keys = new byte[]?[capacity];
        _values = new string?[capacity];
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
        if (_keys[slot] is { } key && utf8.SequenceEqual(key))
        {
            return _values[slot]!;
        }

        var topic = MqttTopicNames.Decode(utf8);
        _keys[slot] = utf8.ToArray();
        _values[slot] = topic;
        return topic;
    }
}
