using AiotHub.Mqtt.Protocol;

namespace AiotHub.Mqtt.Broker;

/// <summary>
/// The broker's subscriptions as a tree of topic levels, answering "who receives this PUBLISH" (MQTT 5.0 §4.7,
/// §3.3.4, shared subscriptions §4.8.2).
/// </summary>
/// <remarks>
/// Concurrency: <see cref="Match"/> takes no lock at all; <see cref="Subscribe"/> and <see cref="Unsubscribe"/> are
/// serialised by one lock and publish only immutable snapshots (see <see cref="MqttSubscriptionTreeNode{TSubscriber}"/>).
/// PUBLISH vastly outnumbers SUBSCRIBE, so readers never wait for each other or for writers. A Match running during a
/// Subscribe sees the subscription either entirely or not at all — a subscription established "during" a publish may
/// or may not receive it, which is the ordering every broker gives.
/// Match allocates nothing in steady state: topic levels are spans, children are found with a span lookup, the
/// walk uses a per-thread stack instead of recursion, and results are merged without a per-call dictionary
/// (see <see cref="MqttSubscriptionMatchCollector{TSubscriber}"/>).
/// </remarks>
internal sealed class MqttSubscriptionTree<TSubscriber>
    where TSubscriber : class
{
    [ThreadStatic]
    private static Stack<(MqttSubscriptionTreeNode<TSubscriber>, int)>? t_pending;

    private readonly MqttSubscriptionTreeNode<TSubscriber> _root = new(null, string.Empty);
    private readonly Lock _writeLock = new();
    private int _count;

    /// <summary>The number of subscriptions, shared memberships included.</summary>
    public int Count => Volatile.Read(ref _count);

    /// <summary>
    /// Adds the subscription, or replaces the subscriber's existing subscription to the same filter (§3.8.4).
    /// </summary>
    /// <returns>True when the subscription did not exist before (Retain Handling 1, §3.8.3.1).</returns>
    /// <exception cref="ArgumentException">The filter is not a valid topic filter.</exception>
    public bool Subscribe(TSubscriber subscriber, string filter, MqttSubscriptionOptions options)
    {
        ArgumentNullException.ThrowIfNull(subscriber);
        ThrowIfInvalid(filter);
        var isShared = MqttTopic.TryParseSharedSubscription(filter, out var group, out var innerFilter);
        var path = isShared ? innerFilter : filter;

        lock (_writeLock)
        {
            var node = _root;
            foreach (var range in path.AsSpan().Split('/'))
            {
                node = node.GetOrAddChild(path.AsSpan()[range]);
            }

            var added = isShared ? node.GetOrAddSharedGroup(group).Upsert(subscriber, options) : node.Upsert(subscriber, options);
            if (added)
            {
                _count++;
            }

            return added;
        }
    }

    /// <summary>Removes the subscriber's subscription to exactly this filter (§3.10.4).</summary>
    /// <returns>False when there was none (UNSUBACK reason 0x11, §3.11.3).</returns>
    public bool Unsubscribe(TSubscriber subscriber, string filter)
    {
        ArgumentNullException.ThrowIfNull(subscriber);
        ArgumentNullException.ThrowIfNull(filter);
        var isShared = MqttTopic.TryParseSharedSubscription(filter, out var groupName, out var innerFilter);
        var path = isShared ? innerFilter : filter;

        lock (_writeLock)
        {
            var node = _root;
            foreach (var range in path.AsSpan().Split('/'))
            {
                node = node.GetChild(path.AsSpan()[range]);
                if (node is null)
                {
                    return false;
                }
            }

            if (isShared)
            {
                var group = node.FindSharedGroup(groupName);
                if (group is null || !group.Remove(subscriber))
                {
                    return false;
                }

                if (group.Members.Length == 0)
                {
                    node.RemoveSharedGroup(group);
                }
            }
            else if (!node.Remove(subscriber))
            {
                return false;
            }

            _count--;
            Prune(node);
            return true;
        }
    }

    /// <summary>
    /// Appends to <paramref name="results"/> who receives a message published to <paramref name="topic"/>: one result
    /// per subscriber for its ordinary subscriptions, merged (§3.3.4), plus one result per matching shared
    /// subscription (§4.8.2). Subscriptions with No Local are skipped for <paramref name="publisher"/> (§3.8.3.1).
    /// </summary>
    /// <remarks>The topic is assumed to be a valid topic name (<see cref="MqttTopic.IsValidTopicName"/>).</remarks>
    public void Match(string topic, TSubscriber? publisher, List<MqttSubscriptionMatch<TSubscriber>> results)
    {
        ArgumentNullException.ThrowIfNull(topic);
        ArgumentNullException.ThrowIfNull(results);
        var collector = new MqttSubscriptionMatchCollector<TSubscriber>(results, publisher);

        // Depth first with an explicit stack rather than recursion: a topic can have 32,768 levels, and a deep
        // enough tree must not overflow the thread's stack. Each item is a node whose levels so far matched,
        // and where in the topic its next level starts.
        var pending = t_pending ??= new Stack<(MqttSubscriptionTreeNode<TSubscriber>, int)>();
        pending.Clear();
        pending.Push((_root, 0));

        // §4.7.2: filters starting with a wildcard do not match topic names starting with '$'.
        var dollarTopic = topic.StartsWith('$');
        while (pending.TryPop(out var item))
        {
            var (node, offset) = item;
            var remaining = topic.AsSpan(offset);
            var slash = remaining.IndexOf('/');
            var level = slash < 0 ? remaining : remaining[..slash];
            var next = offset + slash + 1;

            if (offset != 0 || !dollarTopic)
            {
                // §4.7.1.2: '#' matches this level and everything below it.
                var hash = node.HashChild;
                if (hash is not null)
                {
                    collector.Add(hash);
                }

                // §4.7.1.3: '+' matches exactly this level, empty or not.
                var plus = node.PlusChild;
                if (plus is not null)
                {
                    Descend(plus, slash < 0, next, pending, ref collector);
                }
            }

            var child = node.GetLiteralChild(level);
            if (child is not null)
            {
                Descend(child, slash < 0, next, pending, ref collector);
            }
        }

        collector.Complete();
    }

    private static void Descend(
        MqttSubscriptionTreeNode<TSubscriber> child,
        bool isLastLevel,
        int nextOffset,
        Stack<(MqttSubscriptionTreeNode<TSubscriber>, int)> pending,
        ref MqttSubscriptionMatchCollector<TSubscriber> collector)
    {
        if (!isLastLevel)
        {
            pending.Push((child, nextOffset));
            return;
        }

        collector.Add(child);

        // §4.7.1.2: "sport/#" also matches "sport", the parent level.
        var hash = child.HashChild;
        if (hash is not null)
        {
            collector.Add(hash);
        }
    }

    private static void Prune(MqttSubscriptionTreeNode<TSubscriber> node)
    {
        while (node.Parent is { } parent && node.IsEmpty)
        {
            parent.RemoveChild(node);
            node = parent;
        }
    }

    private static void ThrowIfInvalid(string filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        if (!MqttTopic.IsValidTopicFilter(filter))
        {
            throw new ArgumentException($"'{filter}' is not a valid topic filter (MQTT 5.0 §4.7).", nameof(filter));
        }
    }
}
