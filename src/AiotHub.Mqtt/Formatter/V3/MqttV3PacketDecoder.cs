using AiotHub.Mqtt.Packets;
using AiotHub.Mqtt.Protocol;

namespace AiotHub.Mqtt.Formatter.V3;

/// <summary>Decodes the bodies of MQTT 3.1.1 packets (OASIS MQTT 3.1.1 §3).</summary>
internal static class MqttV3PacketDecoder
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
            MqttPacketType.UnsubAck => new MqttUnsubAckPacket { PacketIdentifier = reader.ReadPacketIdentifier() },
            // §3.12, §3.13, §3.14: no variable header and no payload; EnsureEnd rejects any byte.
            MqttPacketType.PingReq => MqttPingReqPacket.Instance,
            MqttPacketType.PingResp => MqttPingRespPacket.Instance,
            MqttPacketType.Disconnect => new MqttDisconnectPacket(),
            _ => throw MqttProtocolException.Malformed($"Packet type {(int)type} does not exist in MQTT 3.1.1."),
        };
        reader.EnsureEnd(type);
        return packet;
    }

    /// <summary>CONNECT after the protocol name and level (§3.1.2.3 onwards).</summary>
    public static MqttConnectPacket DecodeConnect(ref MqttBufferReader reader)
    {
        var flags = MqttConnectFlags.Parse(reader.ReadByte(), MqttProtocolVersion.V311);
        var packet = new MqttConnectPacket
        {
            ProtocolVersion = MqttProtocolVersion.V311,
            CleanSession = flags.CleanSession,
            KeepAliveSeconds = reader.ReadUInt16(),
            // §3.1.3: Client Identifier, Will Topic, Will Message, User Name, Password, in this order.
            ClientId = reader.ReadString(),
        };

        if (flags.Will)
        {
            var will = new MqttWillMessage
            {
                QualityOfService = flags.WillQoS,
                Retain = flags.WillRetain,
                Topic = MqttTopicNames.Read(ref reader),
            };
            will.Payload = reader.ReadBinaryDataArray();
            packet.Will = will;
        }

        if (flags.UserName)
        {
            packet.UserName = reader.ReadString();
        }

        if (flags.Password)
        {
            packet.Password = reader.ReadBinaryDataArray();
        }

        return packet;
    }

    /// <summary>§3.2.2: acknowledge flags (bits 7-1 reserved) and a return code.</summary>
    private static MqttConnAckPacket DecodeConnAck(ref MqttBufferReader reader)
    {
        var flags = reader.ReadByte();
        if ((flags & 0xFE) != 0)
        {
            throw MqttProtocolException.Malformed("CONNACK reserved acknowledge flags are set [MQTT-3.2.2-1].");
        }

        var packet = new MqttConnAckPacket
        {
            SessionPresent = flags == 1,
            ReasonCode = MqttV3ConnectReturnCodes.Decode(reader.ReadByte()),
        };

        // [MQTT-3.2.2-4]: a refusal never has a session.
        if (packet.SessionPresent && packet.ReasonCode != MqttReasonCode.Success)
        {
            throw new MqttProtocolException(MqttReasonCode.ProtocolError, "CONNACK refusal with Session Present set [MQTT-3.2.2-4].");
        }

        return packet;
    }

    /// <summary>§3.3: topic name, packet identifier when QoS > 0, then the payload to the end.</summary>
    private static MqttPublishPacket DecodePublish(byte header, ref MqttBufferReader reader)
    {
        var packet = new MqttPublishPacket();

        // The body lives in a buffer that is recycled after AdvanceTo: the packet gets its own copy.
        packet.Payload = MqttPublishDecoder.Decode(header, ref reader, MqttProtocolVersion.V311, packet, topics: null).ToArray();
        return packet;
    }

    /// <summary>§3.4-§3.7: exactly a packet identifier; the caller's EnsureEnd rejects anything more.</summary>
    private static T DecodeAcknowledgement<T>(T packet, ref MqttBufferReader reader)
        where T : MqttAcknowledgementPacket
    {
        packet.PacketIdentifier = reader.ReadPacketIdentifier();
        return packet;
    }

    /// <summary>§3.8: packet identifier, then at least one (filter, requested QoS) pair [MQTT-3.8.3-3].</summary>
    private static MqttSubscribePacket DecodeSubscribe(ref MqttBufferReader reader)
    {
        var packet = new MqttSubscribePacket { PacketIdentifier = reader.ReadPacketIdentifier() };
        while (!reader.IsEnd)
        {
            var filter = reader.ReadString();
            var options = reader.ReadByte();
            if ((options & 0xFC) != 0 || (options & 0x03) == 3)
            {
                // [MQTT-3-8.3-4]: reserved bits 7-2 must be 0 and QoS must be 0, 1 or 2.
                throw MqttProtocolException.Malformed($"SUBSCRIBE requested QoS byte 0x{options:X2} is invalid [MQTT-3-8.3-4].");
            }

            packet.TopicFilters.Add(new MqttTopicFilter { Topic = filter, QualityOfService = (MqttQualityOfService)options });
        }

        if (packet.TopicFilters.Count == 0)
        {
            throw new MqttProtocolException(MqttReasonCode.ProtocolError, "SUBSCRIBE without a topic filter [MQTT-3.8.3-3].");
        }

        return packet;
    }

    /// <summary>§3.9: packet identifier and one return code per filter: 0x00-0x02 or 0x80 [MQTT-3.9.3-2].</summary>
    private static MqttSubAckPacket DecodeSubAck(ref MqttBufferReader reader)
    {
        var packet = new MqttSubAckPacket { PacketIdentifier = reader.ReadPacketIdentifier() };
        while (!reader.IsEnd)
        {
            var code = reader.ReadByte();
            if (code > 2 && code != 0x80)
            {
                throw MqttProtocolException.Malformed($"SUBACK return code 0x{code:X2} is reserved [MQTT-3.9.3-2].");
            }

            packet.ReasonCodes.Add((MqttReasonCode)code);
        }

        if (packet.ReasonCodes.Count == 0)
        {
            throw new MqttProtocolException(MqttReasonCode.ProtocolError, "SUBACK without a return code (§3.9.3).");
        }

        return packet;
    }

    /// <summary>§3.10: packet identifier, then at least one topic filter [MQTT-3.10.3-2].</summary>
    private static MqttUnsubscribePacket DecodeUnsubscribe(ref MqttBufferReader reader)
    {
        var packet = new MqttUnsubscribePacket { PacketIdentifier = reader.ReadPacketIdentifier() };
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
}
