namespace AiotHub.Mqtt.Broker;

/// <summary>
/// Copy-on-write edits of the immutable entry arrays the subscription tree publishes to lock-free readers:
/// an array is never changed once readers may see it, so a reader never sees a torn entry.
/// </summary>
internal static class MqttSubscriptionEntries
{
    public static MqttSubscriptionEntry<TSubscriber>[] Upsert<TSubscriber>(
        MqttSubscriptionEntry<TSubscriber>[] entries, TSubscriber subscriber, in MqttSubscriptionOptions options, out bool added)
        where TSubscriber : class
    {
        var index = IndexOf(entries, subscriber);
        added = index < 0;
        MqttSubscriptionEntry<TSubscriber>[] updated;
        if (added)
        {
            updated = new MqttSubscriptionEntry<TSubscriber>[entries.Length + 1];
            entries.CopyTo(updated, 0);
            index = entries.Length;
        }
        else
        {
            updated = (MqttSubscriptionEntry<TSubscriber>[])entries.Clone();
        }

        updated[index] = new MqttSubscriptionEntry<TSubscriber>(subscriber, options);
        return updated;
    }

    public static bool TryRemove<TSubscriber>(
        MqttSubscriptionEntry<TSubscriber>[] entries, TSubscriber subscriber, out MqttSubscriptionEntry<TSubscriber>[] updated)
        where TSubscriber : class
    {
        var index = IndexOf(entries, subscriber);
        if (index < 0)
        {
            updated = entries;
            return false;
        }

        if (entries.Length == 1)
        {
            updated = [];
            return true;
        }

        updated = new MqttSubscriptionEntry<TSubscriber>[entries.Length - 1];
        Array.Copy(entries, 0, updated, 0, index);
        Array.Copy(entries, index + 1, updated, index, entries.Length - index - 1);
        return true;
    }

    private static int IndexOf<TSubscriber>(MqttSubscriptionEntry<TSubscriber>[] entries, TSubscriber subscriber)
        where TSubscriber : class
    {
        for (var i = 0; i < entries.Length; i++)
        {
            if (ReferenceEquals(entries[i].Subscriber, subscriber))
            {
                return i;
            }
        }

        return -1;
    }
}
