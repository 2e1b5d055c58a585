using AiotHub.Mqtt.Packets;
using AiotHub.Mqtt.Protocol;

namespace AiotHub.Mqtt.Formatter.V5;

/// <summary>Decodes the bodies of MQTT 5.0 packets (OASIS MQTT 5.0 §3); CONNECT and CONNACK are in the partial file.</summary>
internal static partial class MqttV5PacketDecoder
{
    /// <summary>Decodes everything but CONNECT; the fixed header has been checked already.</summary>
    public static MqttPacket Decode(byte header, ReadOnlySpan<byte> body)
    {
        var type = (MqttPacketType)(header >> 4);
        var reader = new MqttBufferReader(body);
        MqttPacket packet = type switch
        {
            MqttPacketType.ConnAck => DecodeConnAck(ref reader),
            MqttPacketType.Publish => DecodePublish(header, ref reader),
            MqttPacketType.PubAck => DecodeAcknowledgement(new MqttPubAckPacket(), ref reader),
            MqttPacketType.PubRec => DecodeAcknowledgement(new MqttPubRecPacket(), ref reader),
            MqttPacketType.PubRel => DecodeAcknowledgement(new MqttPubRelPacket(), ref reader),
            MqttPacketType.PubComp => DecodeAcknowledgement(new MqttPubCompPacket(), ref reader),
            MqttPacketType.Subscribe => DecodeSubscribe(ref reader),
            MqttPacketType.SubAck => DecodeSubAck(ref reader),
            MqttPacketType.Unsubscribe => DecodeUnsubscribe(ref reader),
            MqttPacketType.UnsubAck => DecodeUnsubAck(ref reader),
            // §3.12, §3.13: no variable header and no payload; EnsureEnd rejects any byte.
            MqttPacketType.PingReq => MqttPingReqPacket.Instance,
            MqttPacketType.PingResp => MqttPingRespPacket.Instance,
            MqttPacketType.Disconnect => DecodeDisconnect(ref reader),
            MqttPacketType.Auth => DecodeAuth(ref reader),
            _ => throw MqttProtocolException.Malformed($"Packet type {(int)type} is reserved (§2.1.2)."),
        };
        reader.EnsureEnd(type);
        return packet;
    }

    /// <summary>§3.3: topic name, packet identifier when QoS > 0, properties, then the payload to the end.</summary>
    private static MqttPublishPacket DecodePublish(byte header, ref MqttBufferReader reader)
    {
        var qos = MqttPublishFlags.Parse(header, out var dup, out var retain);
        var packet = new MqttPublishPacket
        {
            QualityOfService = qos,
            Dup = dup,
            Retain = retain,
            Topic = reader.ReadString(),
        };
        if (qos != MqttQualityOfService.AtMostOnce)
        {
            packet.PacketIdentifier = reader.ReadPacketIdentifier();
        }

        ReadPublishProperties(ref reader, packet);
        ValidatePublishTopic(packet.Topic, packet.TopicAlias);

        // The body lives in a buffer that is recycled after AdvanceTo: the packet gets its own copy.
        packet.Payload = reader.ReadToEnd().ToArray();
        return packet;
    }

    /// <summary>§3.3.2.1: an empty topic name is allowed only together with a Topic Alias [MQTT-3.3.2-1].</summary>
    internal static void ValidatePublishTopic(string topic, ushort? topicAlias)
    {
        if (topic.Length == 0)
        {
            if (topicAlias is null)
            {
                throw new MqttProtocolException(MqttReasonCode.ProtocolError, "PUBLISH with an empty topic name and no Topic Alias (§3.3.2.3.4).");
            }

            return;
        }

        MqttTopicNames.Validate(topic);
    }

    internal static void ReadPublishProperties(ref MqttBufferReader reader, MqttPublishPacket packet)
    {
        var properties = new MqttV5PropertyReader(reader.ReadPropertyBlock(), (int)MqttPacketType.Publish);
        List<MqttUserProperty>? userProperties = null;
        while (properties.TryReadNext(out var id))
        {
            switch (id)
            {
                case MqttPropertyId.PayloadFormatIndicator:
                    packet.PayloadFormatIndicator = properties.ReadZeroOrOne(id);
                    break;
                case MqttPropertyId.MessageExpiryInterval:
                    packet.MessageExpiryInterval = properties.ReadUInt32();
                    break;
                case MqttPropertyId.TopicAlias:
                    // §3.3.2.3.4: a Topic Alias of 0 is a Protocol Error.
                    packet.TopicAlias = properties.ReadNonZeroUInt16(id);
                    break;
                case MqttPropertyId.ResponseTopic:
                    var responseTopic = properties.ReadString();
                    MqttTopicNames.Validate(responseTopic); // [MQTT-3.3.2-14]: a topic name, no wildcards.
                    packet.ResponseTopic = responseTopic;
                    break;
                case MqttPropertyId.CorrelationData:
                    packet.CorrelationData = properties.ReadBinaryData();
                    break;
                case MqttPropertyId.UserProperty:
                    properties.ReadUserProperty(ref userProperties);
                    break;
                case MqttPropertyId.SubscriptionIdentifier:
                    (packet.SubscriptionIdentifiers ??= []).Add(properties.ReadSubscriptionIdentifier());
                    break;
                case MqttPropertyId.ContentType:
                    packet.ContentType = properties.ReadString();
                    break;
                default:
                    throw MqttV5PropertyRulesViolation(id, MqttPacketType.Publish);
            }
        }

        packet.UserProperties = userProperties;
    }

    /// <summary>
    /// §3.4-§3.7: packet identifier, then in the short forms (§3.4.2.1) nothing (Success) or only the
    /// reason code; otherwise reason code and properties.
    /// </summary>
    private static T DecodeAcknowledgement<T>(T packet, ref MqttBufferReader reader)
        where T : MqttAcknowledgementPacket
    {
        packet.PacketIdentifier = reader.ReadPacketIdentifier();
        if (reader.IsEnd)
        {
            return packet;
        }

        packet.ReasonCode = (MqttReasonCode)reader.ReadByte();
        if (!reader.IsEnd)
        {
            var userProperties = packet.UserProperties;
            var reasonString = ReadReasonProperties(ref reader, packet.Type, ref userProperties);
            packet.ReasonString = reasonString;
            packet.UserProperties = userProperties;
        }

        return packet;
    }

    /// <summary>The properties of the acknowledgements: Reason String and User Property only.</summary>
    private static string? ReadReasonProperties(ref MqttBufferReader reader, MqttPacketType type, ref List<MqttUserProperty>? userProperties)
    {
        var properties = new MqttV5PropertyReader(reader.ReadPropertyBlock(), (int)type);
        string? reasonString = null;
        while (properties.TryReadNext(out var id))
        {
            switch (id)
            {
                case MqttPropertyId.ReasonString:
                    reasonString = properties.ReadString();
                    break;
                case MqttPropertyId.UserProperty:
                    properties.ReadUserProperty(ref userProperties);
                    break;
                default:
                    throw MqttV5PropertyRulesViolation(id, type);
            }
        }

        return reasonString;
    }

    /// <summary>§3.8: packet identifier, properties, then at least one (filter, options) pair [MQTT-3.8.3-2].</summary>
    private static MqttSubscribePacket DecodeSubscribe(ref MqttBufferReader reader)
    {
        var packet = new MqttSubscribePacket { PacketIdentifier = reader.ReadPacketIdentifier() };
        var properties = new MqttV5PropertyReader(reader.ReadPropertyBlock(), (int)MqttPacketType.Subscribe);
        List<MqttUserProperty>? userProperties = null;
        while (properties.TryReadNext(out var id))
        {
            switch (id)
            {
                case MqttPropertyId.SubscriptionIdentifier:
                    packet.SubscriptionIdentifier = properties.ReadSubscriptionIdentifier();
                    break;
                case MqttPropertyId.UserProperty:
                    properties.ReadUserProperty(ref userProperties);
                    break;
                default:
                    throw MqttV5PropertyRulesViolation(id, MqttPacketType.Subscribe);
            }
        }

        packet.UserProperties = userProperties;
        while (!reader.IsEnd)
        {
            // The filter's syntax is the broker's business (SUBACK 0x8F); here it must only be a valid string.
            var filter = reader.ReadString();
            var options = reader.ReadByte();

            // §3.8.3.1: bits 7-6 reserved [MQTT-3.8.3-5]; QoS 3 and Retain Handling 3 are Malformed.
            if ((options & 0xC0) != 0 || (options & 0x03) == 3 || ((options >> 4) & 0x03) == 3)
            {
                throw MqttProtocolException.Malformed($"SUBSCRIBE options byte 0x{options:X2} is invalid [MQTT-3.8.3-5].");
            }

            packet.TopicFilters.Add(new MqttTopicFilter
            {
                Topic = filter,
                QualityOfService = (MqttQualityOfService)(options & 0x03),
                NoLocal = (options & 0x04) != 0,
                RetainAsPublished = (options & 0x08) != 0,
                RetainHandling = (MqttRetainHandling)((options >> 4) & 0x03),
            });
        }

        if (packet.TopicFilters.Count == 0)
        {
            throw new MqttProtocolException(MqttReasonCode.ProtocolError, "SUBSCRIBE without a topic filter [MQTT-3.8.3-2].");
        }

        return packet;
    }

    /// <summary>§3.9: packet identifier, properties, one reason code per filter.</summary>
    private static MqttSubAckPacket DecodeSubAck(ref MqttBufferReader reader)
    {
        var packet = new MqttSubAckPacket { PacketIdentifier = reader.ReadPacketIdentifier() };
        List<MqttUserProperty>? userProperties = null;
        packet.ReasonString = ReadReasonProperties(ref reader, MqttPacketType.SubAck, ref userProperties);
        packet.UserProperties = userProperties;
        ReadReasonCodes(ref reader, packet.ReasonCodes, MqttPacketType.SubAck);
        return packet;
    }

    /// <summary>§3.10: packet identifier, properties, then at least one topic filter [MQTT-3.10.3-2].</summary>
    private static MqttUnsubscribePacket DecodeUnsubscribe(ref MqttBufferReader reader)
    {
        var packet = new MqttUnsubscribePacket { PacketIdentifier = reader.ReadPacketIdentifier() };
        var properties = new MqttV5PropertyReader(reader.ReadPropertyBlock(), (int)MqttPacketType.Unsubscribe);
        List<MqttUserProperty>? userProperties = null;
        while (properties.TryReadNext(out var id))
        {
            if (id != MqttPropertyId.UserProperty)
            {
                throw MqttV5PropertyRulesViolation(id, MqttPacketType.Unsubscribe);
            }

            properties.ReadUserProperty(ref userProperties);
        }

        packet.UserProperties = userProperties;
        while (!reader.IsEnd)
        {
            packet.TopicFilters.Add(reader.ReadString());
        }

        if (packet.TopicFilters.Count == 0)
        {
            throw new MqttProtocolException(MqttReasonCode.ProtocolError, "UNSUBSCRIBE without a topic filter [MQTT-3.10.3-2].");
        }

        return packet;
    }

    /// <summary>§3.11: packet identifier, properties, one reason code per filter.</summary>
    private static MqttUnsubAckPacket DecodeUnsubAck(ref MqttBufferReader reader)
    {
        var packet = new MqttUnsubAckPacket { PacketIdentifier = reader.ReadPacketIdentifier() };
        List<MqttUserProperty>? userProperties = null;
        packet.ReasonString = ReadReasonProperties(ref reader, MqttPacketType.UnsubAck, ref userProperties);
        packet.UserProperties = userProperties;
        ReadReasonCodes(ref reader, packet.ReasonCodes, MqttPacketType.UnsubAck);
        return packet;
    }

    private static void ReadReasonCodes(ref MqttBufferReader reader, List<MqttReasonCode> codes, MqttPacketType type)
    {
        foreach (var code in reader.ReadToEnd())
        {
            codes.Add((MqttReasonCode)code);
        }

        if (codes.Count == 0)
        {
            throw new MqttProtocolException(MqttReasonCode.ProtocolError, $"{type} without a reason code (§3.9.3, §3.11.3).");
        }
    }

    /// <summary>§3.14: Remaining Length 0 means Normal disconnection; 1 means a reason code without properties.</summary>
    private static MqttDisconnectPacket DecodeDisconnect(ref MqttBufferReader reader)
    {
        var packet = new MqttDisconnectPacket();
        if (reader.IsEnd)
        {
            return packet;
        }

        packet.ReasonCode = (MqttReasonCode)reader.ReadByte();
        if (reader.IsEnd)
        {
            return packet;
        }

        var properties = new MqttV5PropertyReader(reader.ReadPropertyBlock(), (int)MqttPacketType.Disconnect);
        List<MqttUserProperty>? userProperties = null;
        while (properties.TryReadNext(out var id))
        {
            switch (id)
            {
                case MqttPropertyId.SessionExpiryInterval:
                    packet.SessionExpiryInterval = properties.ReadUInt32();
                    break;
                case MqttPropertyId.ReasonString:
                    packet.ReasonString = properties.ReadString();
                    break;
                case MqttPropertyId.ServerReference:
                    packet.ServerReference = properties.ReadString();
                    break;
                case MqttPropertyId.UserProperty:
                    properties.ReadUserProperty(ref userProperties);
                    break;
                default:
                    throw MqttV5PropertyRulesViolation(id, MqttPacketType.Disconnect);
            }
        }

        packet.UserProperties = userProperties;
        return packet;
    }

    /// <summary>§3.15: Remaining Length 0 means Success without properties; else reason code and properties.</summary>
    private static MqttAuthPacket DecodeAuth(ref MqttBufferReader reader)
    {
        var packet = new MqttAuthPacket();
        if (reader.IsEnd)
        {
            return packet;
        }

        packet.ReasonCode = (MqttReasonCode)reader.ReadByte();
        if (reader.IsEnd)
        {
            return packet;
        }

        var properties = new MqttV5PropertyReader(reader.ReadPropertyBlock(), (int)MqttPacketType.Auth);
        List<MqttUserProperty>? userProperties = null;
        while (properties.TryReadNext(out var id))
        {
            switch (id)
            {
                case MqttPropertyId.AuthenticationMethod:
                    packet.AuthenticationMethod = properties.ReadString();
                    break;
                case MqttPropertyId.AuthenticationData:
                    packet.AuthenticationData = properties.ReadBinaryData();
                    break;
                case MqttPropertyId.ReasonString:
                    packet.ReasonString = properties.ReadString();
                    break;
                case MqttPropertyId.UserProperty:
                    properties.ReadUserProperty(ref userProperties);
                    break;
                default:
                    throw MqttV5PropertyRulesViolation(id, MqttPacketType.Auth);
            }
        }

        packet.UserProperties = userProperties;
        return packet;
    }

    /// <summary>Unreachable while <see cref="MqttV5PropertyRules"/> and the switches agree.</summary>
    private static MqttProtocolException MqttV5PropertyRulesViolation(MqttPropertyId id, MqttPacketType type) =>
        MqttProtocolException.Malformed($"Property {id} is not valid in {type} (§2.2.2.2).");
}
