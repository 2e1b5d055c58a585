namespace AiotHub.Mqtt.Broker;

/// <summary>
/// The members of one shared subscription "$share/{Name}/{filter}" (MQTT 5.0 §4.8.2); each matching message goes to
/// one of them, chosen round robin.
/// </summary>
/// <remarks>
/// Members are an immutable array replaced on every change (by writers holding the tree's lock), so
/// <see cref="TryPick"/> runs without a lock.
/// </remarks>
internal sealed class MqttSharedSubscriptionGroup<TSubscriber>(string name)
    where TSubscriber : class
{
    private MqttSubscriptionEntry<TSubscriber>[] _members = [];
    private int _next = -1;

    public string Name { get; } = name;

    public MqttSubscriptionEntry<TSubscriber>[] Members => Volatile.Read(ref _members);

    public bool TryPick(out MqttSubscriptionEntry<TSubscriber> member)
    {
        var members = Volatile.Read(ref _members);
        if (members.Length == 0)
        {
            member = default;
            return false;
        }

        var turn = (uint)Interlocked.Increment(ref _next);
        member = members[(int)(turn % (uint)members.Length)];
        return true;
    }

    /// <summary>Adds or replaces the subscriber's membership; true when it was not a member. Writers only.</summary>
    public bool Upsert(TSubscriber subscriber, in MqttSubscriptionOptions options)
    {
        var updated = MqttSubscriptionEntries.Upsert(_members, subscriber, options, out var added);
        Volatile.Write(ref _members, updated);
        return added;
    }

    /// <summary>Removes the subscriber; false when it was not a member. Writers only.</summary>
    public bool Remove(TSubscriber subscriber)
    {
        if (!MqttSubscriptionEntries.TryRemove(_members, subscriber, out var updated))
        {
            return false;
        }

        Volatile.Write(ref _members, updated);
        return true;
    }
}
