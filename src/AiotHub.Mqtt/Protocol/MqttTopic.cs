using System.Buffers;
using System.Text;

namespace AiotHub.Mqtt.Protocol;

/// <summary>Topic name and filter rules (MQTT 5.0 §4.7, shared subscriptions §4.8.2).</summary>
public static class MqttTopic
{
    /// <summary>The prefix of a shared subscription filter (§4.8.2).</summary>
    public const string SharedSubscriptionPrefix = "$share/";

    /// <summary>UTF-8 encoded strings are at most 65,535 bytes (§1.5.4).</summary>
    public const int MaxLengthInBytes = ushort.MaxValue;

    // Every UTF-16 char takes at most 3 UTF-8 bytes (a surrogate pair: 2 chars, 4 bytes), so a string of
    // up to this many chars cannot exceed the limit and needs no byte count.
    private const int MaxLengthWithoutByteCount = MaxLengthInBytes / 3;

    private static readonly SearchValues<char> TopicNameForbidden = SearchValues.Create("\0+#");

    /// <summary>Non-empty, at most 65535 UTF-8 bytes, no U+0000, no '+' or '#' (§4.7.1, §4.7.3).</summary>
    /// <remarks>Runs on every PUBLISH: one vectorised scan, and a byte count only for very long names.</remarks>
    public static bool IsValidTopicName(string topic)
    {
        if (string.IsNullOrEmpty(topic) || topic.Length > MaxLengthInBytes)
        {
            return false;
        }

        if (topic.AsSpan().ContainsAny(TopicNameForbidden))
        {
            return false;
        }

        return topic.Length <= MaxLengthWithoutByteCount || Encoding.UTF8.GetByteCount(topic) <= MaxLengthInBytes;
    }

    /// <summary>Non-empty; '+' occupies a whole level; '#' only as the whole last level; shared form $share/{group}/{filter}.</summary>
    public static bool IsValidTopicFilter(string filter)
    {
        if (string.IsNullOrEmpty(filter) || filter.Length > MaxLengthInBytes)
        {
            return false;
        }

        if (filter.Length > MaxLengthWithoutByteCount && Encoding.UTF8.GetByteCount(filter) > MaxLengthInBytes)
        {
            return false;
        }

        var span = filter.AsSpan();
        if (span.Contains('\0'))
        {
            return false;
        }

        if (span.StartsWith(SharedSubscriptionPrefix, StringComparison.Ordinal))
        {
            // §4.8.2: "$share/" ShareName "/" filter; the ShareName is at least one character and
            // contains no '/', '+' or '#'; the filter after it is a non-empty valid filter.
            var rest = span[SharedSubscriptionPrefix.Length..];
            var slash = rest.IndexOf('/');
            if (slash <= 0)
            {
                return false;
            }

            var shareName = rest[..slash];
            if (shareName.ContainsAny('+', '#'))
            {
                return false;
            }

            var inner = rest[(slash + 1)..];
            return !inner.IsEmpty && IsValidPlainFilter(inner);
        }

        return IsValidPlainFilter(span);
    }

    /// <summary>Whether <paramref name="topic"/> matches <paramref name="filter"/>, with the '$'-topic rule (§4.7.2).</summary>
    /// <remarks>
    /// Both arguments are assumed valid. A shared filter is matched on its inner filter. '#' matches the
    /// parent level too ("sport/#" matches "sport", §4.7.1.2) and '+' matches an empty level (§4.7.1.3).
    /// </remarks>
    public static bool Matches(string filter, string topic)
    {
        var filterSpan = filter.AsSpan();
        if (filterSpan.StartsWith(SharedSubscriptionPrefix, StringComparison.Ordinal))
        {
            var rest = filterSpan[SharedSubscriptionPrefix.Length..];
            var slash = rest.IndexOf('/');
            if (slash < 0)
            {
                return false;
            }

            filterSpan = rest[(slash + 1)..];
        }

        return Matches(filterSpan, topic.AsSpan());
    }

    /// <summary>Splits "$share/{group}/{filter}" (§4.8.2); false for an ordinary filter.</summary>
    /// <remarks>
    /// Only splits: true whenever the filter starts with "$share/" and has a '/' after the share name.
    /// Use <see cref="IsValidTopicFilter"/> to validate the parts.
    /// </remarks>
    public static bool TryParseSharedSubscription(string filter, out string group, out string innerFilter)
    {
        group = string.Empty;
        innerFilter = string.Empty;
        if (filter is null || !filter.StartsWith(SharedSubscriptionPrefix, StringComparison.Ordinal))
        {
            return false;
        }

        var slash = filter.IndexOf('/', SharedSubscriptionPrefix.Length);
        if (slash < 0)
        {
            return false;
        }

        group = filter[SharedSubscriptionPrefix.Length..slash];
        innerFilter = filter[(slash + 1)..];
        return true;
    }

    /// <summary>Matches a plain (non-shared) filter against a topic name, level by level, without allocating.</summary>
    internal static bool Matches(ReadOnlySpan<char> filter, ReadOnlySpan<char> topic)
    {
        // §4.7.2: a filter starting with a wildcard does not match a topic name starting with '$'.
        if (!topic.IsEmpty && topic[0] == '$' && !filter.IsEmpty && (filter[0] == '+' || filter[0] == '#'))
        {
            return false;
        }

        var topicEnded = false;
        while (true)
        {
            var filterSlash = filter.IndexOf('/');
            var filterLevel = filterSlash < 0 ? filter : filter[..filterSlash];

            // §4.7.1.2: '#' matches the remaining levels, including none (the parent level).
            if (filterLevel.Length == 1 && filterLevel[0] == '#')
            {
                return true;
            }

            if (topicEnded)
            {
                return false;
            }

            var topicSlash = topic.IndexOf('/');
            var topicLevel = topicSlash < 0 ? topic : topic[..topicSlash];

            var isPlus = filterLevel.Length == 1 && filterLevel[0] == '+';
            if (!isPlus && !filterLevel.SequenceEqual(topicLevel))
            {
                return false;
            }

            if (filterSlash < 0)
            {
                return topicSlash < 0;
            }

            filter = filter[(filterSlash + 1)..];
            if (topicSlash < 0)
            {
                topicEnded = true;
            }
            else
            {
                topic = topic[(topicSlash + 1)..];
            }
        }
    }

    private static bool IsValidPlainFilter(ReadOnlySpan<char> filter)
    {
        while (true)
        {
            var slash = filter.IndexOf('/');
            var level = slash < 0 ? filter : filter[..slash];
            if (level.ContainsAny('+', '#'))
            {
                // §4.7.1.3: '+' occupies an entire level; §4.7.1.2: '#' is alone and last.
                if (level.Length != 1)
                {
                    return false;
                }

                if (level[0] == '#' && slash >= 0)
                {
                    return false;
                }
            }

            if (slash < 0)
            {
                return true;
            }

            filter = filter[(slash + 1)..];
        }
    }
}
