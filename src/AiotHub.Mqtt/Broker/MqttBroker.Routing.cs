using System.Runtime.InteropServices;
using AiotHub.Mqtt.Broker.Persistence;
using AiotHub.Mqtt.Packets;

namespace AiotHub.Mqtt.Broker;

/// <summary>Routing: fan-out to sessions (§3.3.4), retained messages (§3.3.1.3) and authorization.</summary>
public sealed partial class MqttBroker
{
    /// <summary>As <see cref="Route(MqttPublishPacket, MqttSession?, long, out Task?, List{MqttSession}?, bool)"/>, for callers that acknowledge nothing and cannot pause.</summary>
    internal int Route(MqttPublishPacket message, MqttSession? publisher, long receivedTimestamp, bool borrowed = false) =>
        Route(message, publisher, receivedTimestamp, out _, borrowed);

    /// <summary>As <see cref="Route(MqttPublishPacket, MqttSession?, long, out Task?, List{MqttSession}?, bool)"/>, for a publisher that cannot pause (the hub's own messages, wills).</summary>
    internal int Route(MqttPublishPacket message, MqttSession? publisher, long receivedTimestamp, out Task? durable, bool borrowed = false) =>
        Route(message, publisher, receivedTimestamp, out durable, waitFor: null, borrowed);

    /// <summary>Retains (§3.3.1.3) and fans a received message out to the matching sessions' queues.</summary>
    /// <param name="borrowed">
    /// The packet is a decoder's reused instance, valid only during this call: it is copied once, and only when
    /// someone receives it or it is retained, so an unmatched PUBLISH allocates nothing.
    /// </param>
    /// <param name="durable">
    /// With a store: the task that completes when everything this message changed in the store (its
    /// retained copy, the persistent subscribers' queues) is durable; await it before PUBACK/PUBREC.
    /// Null when nothing was stored.
    /// </param>
    /// <param name="waitFor">
    /// The publisher's list of subscribers to wait for, or null for a publisher that cannot pause: each subscriber
    /// whose queue this message filled is added (<see cref="MqttSession.Enqueue(in MqttQueuedMessage, ref MqttStoredMessage?, List{MqttSession}?)"/>),
    /// and the publisher reads nothing more until each has room (<see cref="MqttSession.WaitForRoom"/>).
    /// </param>
    /// <param name="localPublisher">The local link publishing it, which does not receive it back (<see cref="MqttLocalLink"/>).</param>
    /// <returns>How many deliveries were queued or handed to local links (0: no matching subscribers).</returns>
    internal int Route(MqttPublishPacket message, MqttSession? publisher, long receivedTimestamp, out Task? durable,
        List<MqttSession>? waitFor, bool borrowed = false, MqttLocalLink? localPublisher = null)
    {
        var deliveries = t_deliveries ??= [];
        int count;
        try
        {
            _subscriptions.Match(message.Topic, publisher, deliveries);
            if (deliveries.Count > 0 && FiltersDeliveries)
            {
                // A wildcard subscription was granted; what it may receive is decided per message.
                RemoveUndeliverable(deliveries, message.Topic);
            }

            count = deliveries.Count;
            if (borrowed && (count > 0 || message.Retain))
            {
                message = Copy(message);
            }

            durable = message.Retain ? _retained.Set(message) : null;

            // One stored body for all the persistent subscribers (added by the first one's enqueue).
            MqttStoredMessage? stored = null;
            foreach (ref readonly var delivery in CollectionsMarshal.AsSpan(deliveries))
            {
                var qos = message.QualityOfService < delivery.QualityOfService ? message.QualityOfService : delivery.QualityOfService;
                var enqueued = delivery.Subscriber.Enqueue(new MqttQueuedMessage(message, qos, delivery.RetainAsPublished && message.Retain,
                    delivery.SubscriptionIdentifierCount == 0 ? null : delivery.ToSubscriptionIdentifierList(), receivedTimestamp), ref stored,
                    delivery.Subscriber == publisher ? null : waitFor); // Never wait for oneself: only its own reader drains its acknowledgements.

                // The store journals in call order: the last task covers the earlier ones.
                durable = enqueued ?? durable;
            }
        }
        finally
        {
            deliveries.Clear();
        }

        // After the clear: a local handler may publish (and so route) again on this thread.
        return _localLinks.Length == 0 ? count : count + DeliverToLocalLinks(message, localPublisher, ref durable);
    }

    /// <summary>A PUBLISH that owns its payload; strings, and property objects the decoder allocates per packet, are shared.</summary>
    private static MqttPublishPacket Copy(MqttPublishPacket message) => new()
    {
        Topic = message.Topic,
        Payload = message.Payload.ToArray(),
        QualityOfService = message.QualityOfService,
        Retain = message.Retain,
        PayloadFormatIndicator = message.PayloadFormatIndicator,
        MessageExpiryInterval = message.MessageExpiryInterval,
        ContentType = message.ContentType,
        ResponseTopic = message.ResponseTopic,
        CorrelationData = message.CorrelationData,
        UserProperties = message.UserProperties,
    };

    internal bool Subscribe(MqttSession session, MqttSessionSubscription subscription)
    {
        var isNew = session.Subscribe(subscription);
        _subscriptions.Subscribe(session, subscription.Filter, new MqttSubscriptionOptions(subscription.QualityOfService,
            subscription.NoLocal, subscription.RetainAsPublished, subscription.RetainHandling, subscription.SubscriptionIdentifier ?? 0));
        return isNew;
    }

    internal bool Unsubscribe(MqttSession session, string filter)
    {
        var existed = session.Unsubscribe(filter);
        _subscriptions.Unsubscribe(session, filter);
        return existed;
    }

    /// <summary>Queues the retained messages matching a new subscription, with RETAIN=1 (§3.3.1.3).</summary>
    internal void DeliverRetained(MqttSession session, MqttSessionSubscription subscription)
    {
        var retained = new List<MqttPublishPacket>();
        _retained.Match(subscription.Filter, retained);
        List<uint>? identifiers = subscription.SubscriptionIdentifier is uint id ? [id] : null;
        var now = _time.GetTimestamp();
        foreach (var message in retained)
        {
            if (!CanDeliver(session, message.Topic))
            {
                continue;
            }

            var qos = message.QualityOfService < subscription.QualityOfService ? message.QualityOfService : subscription.QualityOfService;
            session.Enqueue(new MqttQueuedMessage(message, qos, true, identifiers, now));
        }
    }

    internal bool CanPublish(MqttSession session, string topic) => CanPublish(session.UserName, session.ClientId, topic);

    /// <summary>Drops the matches whose subscriber may not receive <paramref name="topic"/>, in place (no closure per message).</summary>
    private void RemoveUndeliverable(List<MqttSubscriptionMatch<MqttSession>> deliveries, string topic)
    {
        var kept = 0;
        for (var i = 0; i < deliveries.Count; i++)
        {
            if (CanDeliver(deliveries[i].Subscriber, topic))
            {
                deliveries[kept++] = deliveries[i];
            }
        }

        deliveries.RemoveRange(kept, deliveries.Count - kept);
    }

    /// <summary>Whether deliveries are checked at all: an ACL that can deny, or <see cref="MqttBrokerOptions.AuthorizeDelivery"/>.</summary>
    private bool FiltersDeliveries => _options.Acl is { AllowsEverything: false } || _options.AuthorizeDelivery is not null;

    /// <summary>
    /// Whether <paramref name="subscriber"/> may receive a message on <paramref name="topic"/>: the ACL's read rules
    /// (<see cref="MqttAcl.CanReceive"/>) and <see cref="MqttBrokerOptions.AuthorizeDelivery"/> must both allow.
    /// </summary>
    internal bool CanDeliver(MqttSession subscriber, string topic) => CanDeliver(subscriber.UserName, subscriber.ClientId, topic);

    internal bool CanSubscribe(MqttSession session, string filter) => CanSubscribe(session.UserName, session.ClientId, filter);
}
