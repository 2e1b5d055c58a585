using AiotHub.Mqtt.Packets;
using AiotHub.Mqtt.Protocol;

namespace AiotHub.Mqtt.Formatter.V5;

/// <summary>SUBSCRIBE (§3.8), SUBACK (§3.9), UNSUBSCRIBE (§3.10) and UNSUBACK (§3.11) of MQTT 5.0.</summary>
internal static partial class MqttV5PacketDecoder
{
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
            codes.Add(MqttV5ReasonCodes.Validate(type, code));
        }

        if (codes.Count == 0)
        {
            throw new MqttProtocolException(MqttReasonCode.ProtocolError, $"{type} without a reason code (§3.9.3, §3.11.3).");
        }
    }
}
