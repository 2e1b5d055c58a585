using AiotHub.Mqtt.Packets;
using AiotHub.Mqtt.Protocol;

namespace AiotHub.Mqtt.Broker;

/// <summary>Handling of every packet after CONNECT; synchronous, so the read loop has one state machine for all packets.</summary>
internal sealed partial class MqttBrokerConnection
{
    /// <summary>Returns false when the connection is to close (DISCONNECT received).</summary>
    private bool HandlePacket(MqttPacket packet)
    {
        var session = _session ?? throw new MqttProtocolException(MqttReasonCode.ProtocolError, "Packet before CONNECT.");
        switch (packet)
        {
            case MqttPublishPacket publish:
                HandlePublish(session, publish);
                return true;
            case MqttPubAckPacket pubAck:
                Acknowledge(session, MqttPacketType.PubAck, pubAck);
                return true;
            case MqttPubRecPacket pubRec:
                HandlePubRec(session, pubRec);
                return true;
            case MqttPubRelPacket pubRel:
                HandlePubRel(session, pubRel);
                return true;
            case MqttPubCompPacket pubComp:
                Acknowledge(session, MqttPacketType.PubComp, pubComp);
                return true;
            case MqttSubscribePacket subscribe:
                HandleSubscribe(session, subscribe);
                return true;
            case MqttUnsubscribePacket unsubscribe:
                HandleUnsubscribe(session, unsubscribe);
                return true;
            case MqttPingReqPacket:
                EnqueueControl(MqttPingRespPacket.Instance);
                return true;
            case MqttDisconnectPacket disconnect:
                HandleDisconnect(session, disconnect);
                return false;
            default:
                // AUTH (no enhanced authentication), or a packet only a server sends.
                throw new MqttProtocolException(MqttReasonCode.ProtocolError, $"Unexpected {packet.Type} from a client.");
        }
    }

    private void HandlePublish(MqttSession session, MqttPublishPacket publish)
    {
        _counters.MessageIn();
        if (publish.TopicAlias is ushort alias)
        {
            ResolveTopicAlias(publish, alias);
        }

        if (!MqttTopic.IsValidTopicName(publish.Topic))
        {
            throw new MqttProtocolException(MqttReasonCode.TopicNameInvalid, "Invalid topic name in PUBLISH.");
        }

        var packetIdentifier = publish.PacketIdentifier;
        if (publish.QualityOfService == MqttQualityOfService.ExactlyOnce)
        {
            if (session.IncomingQoS2.Contains(packetIdentifier))
            {
                // §4.3.3: a duplicate before PUBREL is acknowledged again, not delivered again (after
                // the original's PUBREC, which may still wait for the store).
                EnqueueAcknowledgement(MqttPacketType.PubRec, packetIdentifier, MqttReasonCode.Success, null);
                return;
            }

            if (session.IncomingQoS2.Count >= _options.ReceiveMaximum)
            {
                // §4.9: more unacknowledged QoS 2 PUBLISH than our Receive Maximum.
                throw new MqttProtocolException(MqttReasonCode.ReceiveMaximumExceeded, "Receive Maximum exceeded.");
            }
        }

        var allowed = _broker.CanPublish(session, publish.Topic);
        Task? durable = null;
        var deliveries = 0;
        if (allowed)
        {
            deliveries = _broker.Route(publish, session, Volatile.Read(ref _lastPacketTimestamp), out durable, _backpressure, borrowed: true);
            _backpressureAtMostOnce = publish.QualityOfService == MqttQualityOfService.AtMostOnce;
        }

        // 3.1.1 has no way to say "not authorised": the message is dropped and acknowledged as usual.
        // 5.0 §3.4.2.1: 0x10 tells the publisher nobody received it (still a success).
        var reasonCode = _version != MqttProtocolVersion.V500 ? MqttReasonCode.Success
            : !allowed ? MqttReasonCode.NotAuthorized
            : deliveries == 0 ? MqttReasonCode.NoMatchingSubscribers
            : MqttReasonCode.Success;
        switch (publish.QualityOfService)
        {
            case MqttQualityOfService.AtLeastOnce:
                EnqueueAcknowledgement(MqttPacketType.PubAck, packetIdentifier, reasonCode, durable);
                break;
            case MqttQualityOfService.ExactlyOnce:
                if (reasonCode < MqttReasonCode.UnspecifiedError)
                {
                    session.IncomingQoS2.Add(packetIdentifier); // Journal hook: inbound QoS 2 received.
                    durable = session.Journal?.AddInboundQos2(packetIdentifier) ?? durable;
                }

                EnqueueAcknowledgement(MqttPacketType.PubRec, packetIdentifier, reasonCode, durable);
                break;
        }
    }

    /// <summary>§3.3.2.3.4: an alias with a topic (re)defines it; an alias alone uses it.</summary>
    private void ResolveTopicAlias(MqttPublishPacket publish, ushort alias)
    {
        if (alias == 0 || alias > _options.TopicAliasMaximum)
        {
            throw new MqttProtocolException(MqttReasonCode.TopicAliasInvalid, $"Topic alias {alias} is out of range.");
        }

        _inboundAliases ??= new string?[_options.TopicAliasMaximum + 1];
        if (publish.Topic.Length > 0)
        {
            _inboundAliases[alias] = publish.Topic;
        }
        else
        {
            publish.Topic = _inboundAliases[alias]
                ?? throw new MqttProtocolException(MqttReasonCode.TopicAliasInvalid, $"Topic alias {alias} is not defined.");
        }

        // The routed message carries the name; outbound aliases are per subscriber connection.
        publish.TopicAlias = null;
    }

    private void Acknowledge(MqttSession session, MqttPacketType type, MqttAcknowledgementPacket packet)
    {
        // An unknown id is tolerated (it may have been acknowledged on an earlier connection).
        if (session.Acknowledge(type, packet.PacketIdentifier, packet.ReasonCode))
        {
            _writerSignal.Set(); // The in-flight window has room again.
        }
    }

    private void HandlePubRec(MqttSession session, MqttPubRecPacket pubRec)
    {
        var known = session.Acknowledge(MqttPacketType.PubRec, pubRec.PacketIdentifier, pubRec.ReasonCode);
        if (pubRec.ReasonCode >= MqttReasonCode.UnspecifiedError)
        {
            // §4.3.3: a failed PUBREC ends the exchange; no PUBREL.
            _writerSignal.Set();
            return;
        }

        EnqueueAcknowledgement(MqttPacketType.PubRel, pubRec.PacketIdentifier,
            known ? MqttReasonCode.Success : MqttReasonCode.PacketIdentifierNotFound);
    }

    private void HandlePubRel(MqttSession session, MqttPubRelPacket pubRel)
    {
        // §4.3.3: release the id, answer PUBCOMP (0x92 in 5.0 when it was not pending).
        var known = session.IncomingQoS2.Remove(pubRel.PacketIdentifier); // Journal hook: inbound QoS 2 released.
        var durable = known ? session.Journal?.ReleaseInboundQos2(pubRel.PacketIdentifier) : null;
        EnqueueAcknowledgement(MqttPacketType.PubComp, pubRel.PacketIdentifier,
            known ? MqttReasonCode.Success : MqttReasonCode.PacketIdentifierNotFound, durable);
    }

    private void HandleSubscribe(MqttSession session, MqttSubscribePacket subscribe)
    {
        var v5 = _version == MqttProtocolVersion.V500;
        var reasonCodes = new List<MqttReasonCode>(subscribe.TopicFilters.Count);
        List<MqttSessionSubscription>? retainedFor = null;
        Task? durable = null;
        foreach (var filter in subscribe.TopicFilters)
        {
            if (!MqttTopic.IsValidTopicFilter(filter.Topic))
            {
                reasonCodes.Add(MqttReasonCode.TopicFilterInvalid);
                continue;
            }

            var shared = MqttTopic.TryParseSharedSubscription(filter.Topic, out _, out _);
            if (shared && filter.NoLocal)
            {
                // §3.8.3.1: No Local on a shared subscription is a Protocol Error.
                throw new MqttProtocolException(MqttReasonCode.ProtocolError, "No Local on a shared subscription.");
            }

            if (!_broker.CanSubscribe(session, filter.Topic))
            {
                reasonCodes.Add(MqttReasonCode.NotAuthorized);
                continue;
            }

            var subscription = new MqttSessionSubscription(filter.Topic, filter.QualityOfService,
                v5 && filter.NoLocal, v5 && filter.RetainAsPublished,
                v5 ? filter.RetainHandling : MqttRetainHandling.SendAtSubscribe,
                v5 ? subscribe.SubscriptionIdentifier : null);
            var isNew = _broker.Subscribe(session, subscription);
            durable = session.Journal?.SetSubscription(subscription) ?? durable; // The durability rule: before SUBACK.
            reasonCodes.Add((MqttReasonCode)(byte)filter.QualityOfService);

            // §3.3.1.3 / §3.8.3.1 Retain Handling; never for shared subscriptions (§4.8.2).
            if (!shared && (subscription.RetainHandling == MqttRetainHandling.SendAtSubscribe ||
                            (subscription.RetainHandling == MqttRetainHandling.SendAtSubscribeIfNew && isNew)))
            {
                (retainedFor ??= []).Add(subscription);
            }
        }

        EnqueueControl(new MqttSubAckPacket { PacketIdentifier = subscribe.PacketIdentifier, ReasonCodes = reasonCodes }, durable, session, retainedFor);
    }

    private void HandleUnsubscribe(MqttSession session, MqttUnsubscribePacket unsubscribe)
    {
        var reasonCodes = new List<MqttReasonCode>(unsubscribe.TopicFilters.Count);
        Task? durable = null;
        foreach (var filter in unsubscribe.TopicFilters)
        {
            reasonCodes.Add(_broker.Unsubscribe(session, filter) ? MqttReasonCode.Success : MqttReasonCode.NoSubscriptionExisted);
            durable = session.Journal?.RemoveSubscription(filter) ?? durable;
        }

        EnqueueControl(new MqttUnsubAckPacket { PacketIdentifier = unsubscribe.PacketIdentifier, ReasonCodes = reasonCodes }, durable, session, null);
    }

    private void HandleDisconnect(MqttSession session, MqttDisconnectPacket disconnect)
    {
        if (_version == MqttProtocolVersion.V500 && disconnect.SessionExpiryInterval is uint expiry)
        {
            // §3.14.2.2.2: a session created with expiry 0 cannot be given one at DISCONNECT.
            if (session.ExpiryInterval == 0 && expiry != 0)
            {
                throw new MqttProtocolException(MqttReasonCode.ProtocolError, "Session Expiry Interval set on DISCONNECT after 0 at CONNECT.");
            }

            session.ExpiryInterval = Math.Min(expiry, _options.MaximumSessionExpiryInterval); // Journal hook: session expiry changed.
        }

        // §3.14.4, §3.1.2.5: only a DISCONNECT with 0x00 discards the will (3.1.1 has no reason code); 0x04
        // asks for it explicitly, and a client reporting an error (0x80 and up) keeps it too.
        _publishWill = _version == MqttProtocolVersion.V500 && disconnect.ReasonCode != MqttReasonCode.NormalDisconnection;
        _clientDisconnected = true;
    }
}
