using AiotHub.Mqtt.Protocol;

namespace AiotHub.Mqtt.Broker;

/// <summary>
/// The broker's view of who subscribed to what: the one place that talks to the subscription index,
/// so the rest of the broker deals in sessions and <see cref="MqttSubscriptionDelivery"/>.
/// </summary>
internal sealed class MqttBrokerSubscriptions
{
    private readonly Lock _sync = new();
    private readonly Dictionary<MqttSession, Dictionary<string, MqttSessionSubscription>> _bySession = [];

    /// <summary>Adds or replaces the session's subscription; true when it is new.</summary>
    public bool Subscribe(MqttSession session, MqttSessionSubscription subscription)
    {
        lock (_sync)
        {
            if (!_bySession.TryGetValue(session, out var filters))
            {
                _bySession[session] = filters = new(StringComparer.Ordinal);
            }

            var isNew = !filters.ContainsKey(subscription.Filter);
            filters[subscription.Filter] = subscription;
            return isNew;
        }
    }

    public void Unsubscribe(MqttSession session, string filter)
    {
        lock (_sync)
        {
            if (_bySession.TryGetValue(session, out var filters) && filters.Remove(filter) && filters.Count == 0)
            {
                _bySession.Remove(session);
            }
        }
    }

    /// <summary>Adds one entry per session with a subscription matching <paramref name="topic"/>.</summary>
    public void Match(string topic, MqttSession? publisher, List<MqttSubscriptionDelivery> results)
    {
        lock (_sync)
        {
            foreach (var (session, filters) in _bySession)
            {
                var matched = false;
                var qos = MqttQualityOfService.AtMostOnce;
                var retainAsPublished = false;
                List<uint>? identifiers = null;
                foreach (var subscription in filters.Values)
                {
                    if ((subscription.NoLocal && ReferenceEquals(session, publisher)) ||
                        !MqttTopic.Matches(subscription.Filter, topic))
                    {
                        continue;
                    }

                    matched = true;
                    qos = subscription.QualityOfService > qos ? subscription.QualityOfService : qos;
                    retainAsPublished |= subscription.RetainAsPublished;
                    if (subscription.SubscriptionIdentifier is uint id)
                    {
                        (identifiers ??= []).Add(id);
                    }
                }

                if (matched)
                {
                    results.Add(new MqttSubscriptionDelivery(session, qos, retainAsPublished, identifiers));
                }
            }
        }
    }
}
