using AiotHub.Mqtt.Packets;
using AiotHub.Mqtt.Protocol;

namespace AiotHub.Mqtt.Formatter.V5;

/// <summary>
/// Decodes the bodies of MQTT 5.0 packets (OASIS MQTT 5.0 §3). The partial files hold CONNECT/CONNACK
/// and the subscription packets.
/// </summary>
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
        var packet = new MqttPublishPacket();

        // The body lives in a buffer that is recycled after AdvanceTo: the packet gets its own copy.
        packet.Payload = MqttPublishDecoder.Decode(header, ref reader, MqttProtocolVersion.V500, packet, topics: null).ToArray();
        return packet;
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

        packet.ReasonCode = MqttV5ReasonCodes.Validate(packet.Type, reader.ReadByte());
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

    /// <summary>§3.14: Remaining Length 0 means Normal disconnection; 1 means a reason code without properties.</summary>
    private static MqttDisconnectPacket DecodeDisconnect(ref MqttBufferReader reader)
    {
        var packet = new MqttDisconnectPacket();
        if (reader.IsEnd)
        {
            return packet;
        }

        packet.ReasonCode = MqttV5ReasonCodes.Validate(MqttPacketType.Disconnect, reader.ReadByte());
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

    /// <summary>§3.15: Remaining Length 0 means Success without properties; otherwise reason code and properties.</summary>
    private static MqttAuthPacket DecodeAuth(ref MqttBufferReader reader)
    {
        var packet = new MqttAuthPacket();
        if (reader.IsEnd)
        {
            return packet;
        }

        // Unlike DISCONNECT, AUTH has no form with a reason code but no Property Length (§3.15.2.1).
        packet.ReasonCode = MqttV5ReasonCodes.Validate(MqttPacketType.Auth, reader.ReadByte());

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
