using System.Runtime.InteropServices;

namespace AiotHub.Mqtt.Broker;

/// <summary>
/// Gathers the subscriptions one PUBLISH matches into the caller's list, one result per subscriber (MQTT 5.0 §3.3.4),
/// without allocating in steady state.
/// </summary>
/// <remarks>
/// Subscribers are unique within one node, so the first node's subscriptions are appended as they are — the
/// 1,000-subscriber fan-out is a straight copy. From the second node on, a subscriber may already have a result:
/// up to <see cref="LinearScanLimit"/> results a linear scan finds it (cheaper than hashing); past that a
/// per-thread dictionary from subscriber to result index is built once and kept up to date, then cleared (its
/// buckets are kept, so it stops allocating once warm).
/// </remarks>
internal struct MqttSubscriptionMatchCollector<TSubscriber>
    where TSubscriber : class
{
    private const int LinearScanLimit = 16;

    [ThreadStatic]
    private static Dictionary<TSubscriber, int>? t_indexes;

    private readonly List<MqttSubscriptionMatch<TSubscriber>> _results;
    private readonly int _start;
    private readonly TSubscriber? _publisher;
    private bool _hasNonShared;
    private Dictionary<TSubscriber, int>? _indexes;

    public MqttSubscriptionMatchCollector(List<MqttSubscriptionMatch<TSubscriber>> results, TSubscriber? publisher)
    {
        _results = results;
        _start = results.Count;
        _publisher = publisher;
    }

    public void Add(MqttSubscriptionTreeNode<TSubscriber> node)
    {
        var subscriptions = node.Subscriptions;
        if (subscriptions.Length != 0)
        {
            AddSubscriptions(subscriptions);
        }

        var groups = node.SharedGroups;
        foreach (var group in groups)
        {
            // §4.8.2: one member per shared subscription. §3.8.3.1 forbids No Local on shared subscriptions.
            if (group.TryPick(out var member))
            {
                _results.Add(new MqttSubscriptionMatch<TSubscriber>(member.Subscriber, member.Options, isShared: true));
            }
        }
    }

    /// <summary>Leaves the per-thread index empty for the next call.</summary>
    public readonly void Complete() => _indexes?.Clear();

    private void AddSubscriptions(MqttSubscriptionEntry<TSubscriber>[] subscriptions)
    {
        var publisher = _publisher;
        if (!_hasNonShared)
        {
            // The fan-out path: write straight into the list's storage.
            _hasNonShared = true;
            var start = _results.Count;
            CollectionsMarshal.SetCount(_results, start + subscriptions.Length);
            var destination = CollectionsMarshal.AsSpan(_results)[start..];
            var written = 0;
            foreach (ref readonly var entry in subscriptions.AsSpan())
            {
                // §3.8.3.1: No Local — never back to the connection that published.
                if (!(entry.Options.NoLocal && ReferenceEquals(entry.Subscriber, publisher)))
                {
                    destination[written++] = new MqttSubscriptionMatch<TSubscriber>(entry.Subscriber, entry.Options, isShared: false);
                }
            }

            CollectionsMarshal.SetCount(_results, start + written);
            return;
        }

        foreach (ref readonly var entry in subscriptions.AsSpan())
        {
            if (entry.Options.NoLocal && ReferenceEquals(entry.Subscriber, publisher))
            {
                continue;
            }

            var index = IndexOf(entry.Subscriber);
            if (index >= 0)
            {
                _results[index] = _results[index].Merge(entry.Options);
            }
            else
            {
                _indexes?.Add(entry.Subscriber, _results.Count);
                _results.Add(new MqttSubscriptionMatch<TSubscriber>(entry.Subscriber, entry.Options, isShared: false));
            }
        }
    }

    private int IndexOf(TSubscriber subscriber)
    {
        if (_indexes is not null)
        {
            return _indexes.TryGetValue(subscriber, out var found) ? found : -1;
        }

        var count = _results.Count;
        if (count - _start > LinearScanLimit)
        {
            BuildIndexes();
            return _indexes!.TryGetValue(subscriber, out var found) ? found : -1;
        }

        for (var i = _start; i < count; i++)
        {
            var result = _results[i];
            if (!result.IsShared && ReferenceEquals(result.Subscriber, subscriber))
            {
                return i;
            }
        }

        return -1;
    }

    private void BuildIndexes()
    {
        var indexes = t_indexes ??= new Dictionary<TSubscriber, int>(ReferenceEqualityComparer.Instance);
        for (var i = _start; i < _results.Count; i++)
        {
            var result = _results[i];
            if (!result.IsShared)
            {
                indexes[result.Subscriber] = i;
            }
        }

        _indexes = indexes;
    }
}
