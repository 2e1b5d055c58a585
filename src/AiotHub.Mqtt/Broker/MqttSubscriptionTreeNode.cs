using System.Collections.Concurrent;

namespace AiotHub.Mqtt.Broker;

/// <summary>
/// One topic level of <see cref="MqttSubscriptionTree{TSubscriber}"/>: its literal children, its '+' and '#' children,
/// the subscriptions whose filter ends here, and the shared groups whose inner filter ends here.
/// </summary>
/// <remarks>
/// Readers take no lock. Writers are serialised by the tree and only ever publish fully built objects:
/// children go into a <see cref="ConcurrentDictionary{TKey, TValue}"/> (lock-free reads, and adding a child is O(1)
/// where a copy-on-write dictionary would make a level with n children cost O(n²) to fill), and entry arrays
/// are replaced, never changed, with <see cref="Volatile.Write{T}(ref T, T)"/>.
/// </remarks>
internal sealed class MqttSubscriptionTreeNode<TSubscriber>(MqttSubscriptionTreeNode<TSubscriber>? parent, string level)
    where TSubscriber : class
{
    private ConcurrentDictionary<string, MqttSubscriptionTreeNode<TSubscriber>>? _children;
    private MqttSubscriptionTreeNode<TSubscriber>? _plus;
    private MqttSubscriptionTreeNode<TSubscriber>? _hash;
    private MqttSubscriptionEntry<TSubscriber>[] _subscriptions = [];
    private MqttSharedSubscriptionGroup<TSubscriber>[] _sharedGroups = [];

    public MqttSubscriptionTreeNode<TSubscriber>? Parent { get; } = parent;

    /// <summary>The filter level this node stands for ("+" and "#" for the wildcard children).</summary>
    public string Level { get; } = level;

    public MqttSubscriptionTreeNode<TSubscriber>? PlusChild => Volatile.Read(ref _plus);

    public MqttSubscriptionTreeNode<TSubscriber>? HashChild => Volatile.Read(ref _hash);

    public MqttSubscriptionEntry<TSubscriber>[] Subscriptions => Volatile.Read(ref _subscriptions);

    public MqttSharedSubscriptionGroup<TSubscriber>[] SharedGroups => Volatile.Read(ref _sharedGroups);

    /// <summary>Writers only: whether the node holds nothing and can be pruned.</summary>
    public bool IsEmpty =>
        _subscriptions.Length == 0 && _sharedGroups.Length == 0 && _plus is null && _hash is null &&
        (_children is null || _children.IsEmpty);

    /// <summary>The child for a literal topic level; wildcard children are reached through their own properties.</summary>
    public MqttSubscriptionTreeNode<TSubscriber>? GetLiteralChild(ReadOnlySpan<char> level)
    {
        var children = Volatile.Read(ref _children);
        return children is not null && children.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(level, out var child)
            ? child
            : null;
    }

    /// <summary>The child for a filter level, wildcards included; null when absent.</summary>
    public MqttSubscriptionTreeNode<TSubscriber>? GetChild(ReadOnlySpan<char> level) => level switch
    {
        "+" => PlusChild,
        "#" => HashChild,
        _ => GetLiteralChild(level),
    };

    /// <summary>Writers only.</summary>
    public MqttSubscriptionTreeNode<TSubscriber> GetOrAddChild(ReadOnlySpan<char> level)
    {
        var existing = GetChild(level);
        if (existing is not null)
        {
            return existing;
        }

        var child = new MqttSubscriptionTreeNode<TSubscriber>(this, level.ToString());
        switch (level)
        {
            case "+":
                Volatile.Write(ref _plus, child);
                break;
            case "#":
                Volatile.Write(ref _hash, child);
                break;
            default:
                if (_children is null)
                {
                    // Writers are serialised, so one lock stripe is enough.
                    Volatile.Write(
                        ref _children,
                        new ConcurrentDictionary<string, MqttSubscriptionTreeNode<TSubscriber>>(1, 1, StringComparer.Ordinal));
                }

                _children![child.Level] = child;
                break;
        }

        return child;
    }

    /// <summary>Writers only.</summary>
    public void RemoveChild(MqttSubscriptionTreeNode<TSubscriber> child)
    {
        switch (child.Level)
        {
            case "+":
                Volatile.Write(ref _plus, null);
                break;
            case "#":
                Volatile.Write(ref _hash, null);
                break;
            default:
                _children?.TryRemove(child.Level, out _);
                break;
        }
    }

    /// <summary>Writers only: adds or replaces the subscriber's subscription; true when it is new.</summary>
    public bool Upsert(TSubscriber subscriber, in MqttSubscriptionOptions options)
    {
        var updated = MqttSubscriptionEntries.Upsert(_subscriptions, subscriber, options, out var added);
        Volatile.Write(ref _subscriptions, updated);
        return added;
    }

    /// <summary>Writers only.</summary>
    public bool Remove(TSubscriber subscriber)
    {
        if (!MqttSubscriptionEntries.TryRemove(_subscriptions, subscriber, out var updated))
        {
            return false;
        }

        Volatile.Write(ref _subscriptions, updated);
        return true;
    }

    /// <summary>Writers only.</summary>
    public MqttSharedSubscriptionGroup<TSubscriber>? FindSharedGroup(string name)
    {
        foreach (var group in _sharedGroups)
        {
            if (string.Equals(group.Name, name, StringComparison.Ordinal))
            {
                return group;
            }
        }

        return null;
    }

    /// <summary>Writers only.</summary>
    public MqttSharedSubscriptionGroup<TSubscriber> GetOrAddSharedGroup(string name)
    {
        var group = FindSharedGroup(name);
        if (group is null)
        {
            group = new MqttSharedSubscriptionGroup<TSubscriber>(name);
            Volatile.Write(ref _sharedGroups, [.. _sharedGroups, group]);
        }

        return group;
    }

    /// <summary>Writers only.</summary>
    public void RemoveSharedGroup(MqttSharedSubscriptionGroup<TSubscriber> group) =>
        Volatile.Write(ref _sharedGroups, Array.FindAll(_sharedGroups, g => !ReferenceEquals(g, group)));
}
