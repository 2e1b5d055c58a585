using AiotHub.Mqtt.Protocol;

namespace AiotHub.Mqtt.Broker;

/// <summary>
/// The server's retained messages, one per topic (MQTT 5.0 §3.3.1.3), found by topic filter for new subscriptions.
/// </summary>
/// <remarks>
/// A dictionary by topic answers exact topics, snapshots and counts; a tree of topic levels answers wildcard filters
/// by visiting only the branches under the filter's literal prefix. One lock guards both: retained messages are read
/// at SUBSCRIBE time and written by retained PUBLISHes, both short, far rarer than routing.
/// Expired messages (§3.3.2.3.3) are never returned, and are removed when a match comes across them.
/// </remarks>
internal sealed class MqttRetainedMessageStore(TimeProvider timeProvider)
{
    private readonly TimeProvider _timeProvider = timeProvider ?? throw new ArgumentNullException(nameof(timeProvider));
    private readonly Lock _lock = new();
    private readonly Dictionary<string, MqttRetainedMessageNode> _byTopic = new(StringComparer.Ordinal);
    private const int WholeSubtree = -1;
    private const int LastLevel = -2;

    private readonly MqttRetainedMessageNode _root = new(null, string.Empty);
    private readonly Stack<(MqttRetainedMessageNode, int)> _pending = new(); // Used under _lock only.

    /// <summary>The number of stored messages, including expired ones not yet removed.</summary>
    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _byTopic.Count;
            }
        }
    }

    /// <summary>
    /// Stores the message as its topic's retained message, replacing the previous one; an empty payload removes it
    /// instead (§3.3.1.3). The store keeps the instance: callers must not change it afterwards.
    /// </summary>
    public void Set(MqttApplicationMessage message, DateTimeOffset receivedAt)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (!MqttTopic.IsValidTopicName(message.Topic))
        {
            throw new ArgumentException($"'{message.Topic}' is not a valid topic name (MQTT 5.0 §4.7).", nameof(message));
        }

        lock (_lock)
        {
            if (message.Payload.IsEmpty)
            {
                RemoveLocked(message.Topic);
                return;
            }

            if (!_byTopic.TryGetValue(message.Topic, out var node))
            {
                node = _root;
                foreach (var range in message.Topic.AsSpan().Split('/'))
                {
                    node = node.GetOrAddChild(message.Topic.AsSpan()[range]);
                }

                _byTopic.Add(message.Topic, node);
            }

            node.Message = new MqttRetainedMessage(message, receivedAt);
        }
    }

    /// <summary>Appends the unexpired retained messages whose topics match <paramref name="filter"/>, with the '$' rule (§4.7.2).</summary>
    /// <remarks>A shared subscription gets no retained messages (§3.3.1.3 applies to non-shared subscriptions, §4.8.2).</remarks>
    public void Match(string filter, List<MqttRetainedMessage> results)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(results);
        if (filter.StartsWith(MqttTopic.SharedSubscriptionPrefix, StringComparison.Ordinal))
        {
            return;
        }

        var now = _timeProvider.GetUtcNow();
        var start = results.Count;
        lock (_lock)
        {
            if (filter.AsSpan().ContainsAny('+', '#'))
            {
                MatchLocked(filter, results);
            }
            else if (_byTopic.TryGetValue(filter, out var node))
            {
                results.Add(node.Message!);
            }

            // Drop what has expired, from the results and from the store.
            for (var i = results.Count - 1; i >= start; i--)
            {
                if (results[i].IsExpired(now))
                {
                    RemoveLocked(results[i].Message.Topic);
                    results.RemoveAt(i);
                }
            }
        }
    }

    /// <summary>As <see cref="Match(string, List{MqttRetainedMessage})"/>, the messages only.</summary>
    public void Match(string filter, List<MqttApplicationMessage> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var retained = new List<MqttRetainedMessage>();
        Match(filter, retained);
        foreach (var message in retained)
        {
            results.Add(message.Message);
        }
    }

    /// <summary>The retained message of one topic, unless there is none or it has expired.</summary>
    public MqttRetainedMessage? Get(string topic)
    {
        ArgumentNullException.ThrowIfNull(topic);
        lock (_lock)
        {
            return _byTopic.TryGetValue(topic, out var node) && !node.Message!.IsExpired(_timeProvider.GetUtcNow())
                ? node.Message
                : null;
        }
    }

    /// <summary>A copy of every unexpired retained message, for persistence.</summary>
    public IReadOnlyCollection<MqttRetainedMessage> GetSnapshot()
    {
        var now = _timeProvider.GetUtcNow();
        lock (_lock)
        {
            return [.. _byTopic.Values.Select(n => n.Message!).Where(m => !m.IsExpired(now))];
        }
    }

    /// <summary>Removes every expired message; returns how many.</summary>
    public int RemoveExpired()
    {
        var now = _timeProvider.GetUtcNow();
        lock (_lock)
        {
            var expired = _byTopic.Where(p => p.Value.Message!.IsExpired(now)).Select(p => p.Key).ToList();
            foreach (var topic in expired)
            {
                RemoveLocked(topic);
            }

            return expired.Count;
        }
    }

    /// <summary>
    /// Depth first with an explicit stack: a topic can have 32,768 levels, and recursion per level could overflow
    /// the thread's stack. Each item is a node whose levels so far matched and where the filter's next level
    /// starts, or <see cref="WholeSubtree"/> once a '#' has matched.
    /// </summary>
    private void MatchLocked(string filter, List<MqttRetainedMessage> results)
    {
        var pending = _pending;
        pending.Clear();
        pending.Push((_root, 0));
        while (pending.TryPop(out var item))
        {
            var (node, offset) = item;
            if (offset == WholeSubtree)
            {
                AddMessage(node, results);
                foreach (var child in node.Children)
                {
                    pending.Push((child, WholeSubtree));
                }

                continue;
            }

            var remaining = filter.AsSpan(offset);
            var slash = remaining.IndexOf('/');
            var level = slash < 0 ? remaining : remaining[..slash];
            var next = slash < 0 ? LastLevel : offset + slash + 1;

            // §4.7.2: a wildcard first level does not match topics starting with '$'.
            var skipDollar = offset == 0;
            if (level is "#")
            {
                // §4.7.1.2: this level's parent too ("sport/#" matches "sport"); the root holds no message.
                AddMessage(node, results);
                foreach (var child in node.Children)
                {
                    if (!(skipDollar && child.Level.StartsWith('$')))
                    {
                        pending.Push((child, WholeSubtree));
                    }
                }
            }
            else if (level is "+")
            {
                foreach (var child in node.Children)
                {
                    if (!(skipDollar && child.Level.StartsWith('$')))
                    {
                        Visit(child, next, results, pending);
                    }
                }
            }
            else if (node.GetChild(level) is { } literal)
            {
                Visit(literal, next, results, pending);
            }
        }
    }

    private static void Visit(
        MqttRetainedMessageNode node, int next, List<MqttRetainedMessage> results, Stack<(MqttRetainedMessageNode, int)> pending)
    {
        if (next == LastLevel)
        {
            AddMessage(node, results);
        }
        else
        {
            pending.Push((node, next));
        }
    }

    private static void AddMessage(MqttRetainedMessageNode node, List<MqttRetainedMessage> results)
    {
        if (node.Message is not null)
        {
            results.Add(node.Message);
        }
    }

    private void RemoveLocked(string topic)
    {
        if (!_byTopic.Remove(topic, out var node))
        {
            return;
        }

        node.Message = null;
        while (node.Parent is { } parent && node.IsEmpty)
        {
            parent.RemoveChild(node);
            node = parent;
        }
    }
}
