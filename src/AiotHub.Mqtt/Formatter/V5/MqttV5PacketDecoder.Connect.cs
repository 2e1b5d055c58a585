using AiotHub.Mqtt.Packets;
using AiotHub.Mqtt.Protocol;

namespace AiotHub.Mqtt.Formatter.V5;

/// <summary>CONNECT (§3.1) and CONNACK (§3.2) of MQTT 5.0, the packets with the most properties.</summary>
internal static partial class MqttV5PacketDecoder
{
    /// <summary>CONNECT after the protocol name and level (§3.1.2.3 onwards).</summary>
    public static MqttConnectPacket DecodeConnect(ref MqttBufferReader reader)
    {
        var flags = MqttConnectFlags.Parse(reader.ReadByte(), MqttProtocolVersion.V500);
        var packet = new MqttConnectPacket
        {
            ProtocolVersion = MqttProtocolVersion.V500,
            CleanSession = flags.CleanSession,
            KeepAliveSeconds = reader.ReadUInt16(),
        };
        ReadConnectProperties(ref reader, packet);

        // §3.1.3: Client Identifier, Will Properties, Will Topic, Will Payload, User Name, Password.
        packet.ClientId = reader.ReadString();
        if (flags.Will)
        {
            var will = new MqttWillMessage { QualityOfService = flags.WillQoS, Retain = flags.WillRetain };
            ReadWillProperties(ref reader, will);
            will.Topic = MqttTopicNames.Read(ref reader);
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

    private static void ReadConnectProperties(ref MqttBufferReader reader, MqttConnectPacket packet)
    {
        var properties = new MqttV5PropertyReader(reader.ReadPropertyBlock(), (int)MqttPacketType.Connect);
        List<MqttUserProperty>? userProperties = null;
        while (properties.TryReadNext(out var id))
        {
            switch (id)
            {
                case MqttPropertyId.SessionExpiryInterval:
                    packet.SessionExpiryInterval = properties.ReadUInt32();
                    break;
                case MqttPropertyId.ReceiveMaximum:
                    packet.ReceiveMaximum = properties.ReadNonZeroUInt16(id); // §3.1.2.11.3
                    break;
                case MqttPropertyId.MaximumPacketSize:
                    packet.MaximumPacketSize = properties.ReadNonZeroUInt32(id); // §3.1.2.11.4
                    break;
                case MqttPropertyId.TopicAliasMaximum:
                    packet.TopicAliasMaximum = properties.ReadUInt16();
                    break;
                case MqttPropertyId.RequestResponseInformation:
                    packet.RequestResponseInformation = properties.ReadBoolean(id);
                    break;
                case MqttPropertyId.RequestProblemInformation:
                    packet.RequestProblemInformation = properties.ReadBoolean(id);
                    break;
                case MqttPropertyId.AuthenticationMethod:
                    packet.AuthenticationMethod = properties.ReadString();
                    break;
                case MqttPropertyId.AuthenticationData:
                    packet.AuthenticationData = properties.ReadBinaryData();
                    break;
                case MqttPropertyId.UserProperty:
                    properties.ReadUserProperty(ref userProperties);
                    break;
                default:
                    throw MqttV5PropertyRulesViolation(id, MqttPacketType.Connect);
            }
        }

        packet.UserProperties = userProperties;

        // §3.1.2.11.10: Authentication Data without an Authentication Method is a Protocol Error.
        if (packet.AuthenticationData is not null && packet.AuthenticationMethod is null)
        {
            throw new MqttProtocolException(MqttReasonCode.ProtocolError, "Authentication Data without Authentication Method (§3.1.2.11.10).");
        }
    }

    private static void ReadWillProperties(ref MqttBufferReader reader, MqttWillMessage will)
    {
        var properties = new MqttV5PropertyReader(reader.ReadPropertyBlock(), MqttV5PropertyRules.Will);
        List<MqttUserProperty>? userProperties = null;
        while (properties.TryReadNext(out var id))
        {
            switch (id)
            {
                case MqttPropertyId.WillDelayInterval:
                    will.WillDelayInterval = properties.ReadUInt32();
                    break;
                case MqttPropertyId.PayloadFormatIndicator:
                    will.PayloadFormatIndicator = properties.ReadZeroOrOne(id);
                    break;
                case MqttPropertyId.MessageExpiryInterval:
                    will.MessageExpiryInterval = properties.ReadUInt32();
                    break;
                case MqttPropertyId.ContentType:
                    will.ContentType = properties.ReadString();
                    break;
                case MqttPropertyId.ResponseTopic:
                    var responseTopic = properties.ReadString();
                    MqttTopicNames.Validate(responseTopic); // §3.1.3.2.5: a topic name.
                    will.ResponseTopic = responseTopic;
                    break;
                case MqttPropertyId.CorrelationData:
                    will.CorrelationData = properties.ReadBinaryData();
                    break;
                case MqttPropertyId.UserProperty:
                    properties.ReadUserProperty(ref userProperties);
                    break;
                default:
                    throw MqttV5PropertyRulesViolation(id, MqttPacketType.Connect);
            }
        }

        will.UserProperties = userProperties;
    }

    /// <summary>§3.2.2: acknowledge flags (bits 7-1 reserved), reason code, properties.</summary>
    private static MqttConnAckPacket DecodeConnAck(ref MqttBufferReader reader)
    {
        var flags = reader.ReadByte();
        if ((flags & 0xFE) != 0)
        {
            throw MqttProtocolException.Malformed("CONNACK reserved acknowledge flags are set (§3.2.2.1).");
        }

        var packet = new MqttConnAckPacket
        {
            SessionPresent = flags == 1,
            ReasonCode = MqttV5ReasonCodes.Validate(MqttPacketType.ConnAck, reader.ReadByte()),
        };

        // [MQTT-3.2.2-6]: a refusal never has a session.
        if (packet.SessionPresent && packet.ReasonCode != MqttReasonCode.Success)
        {
            throw new MqttProtocolException(MqttReasonCode.ProtocolError, "CONNACK refusal with Session Present set [MQTT-3.2.2-6].");
        }

        var properties = new MqttV5PropertyReader(reader.ReadPropertyBlock(), (int)MqttPacketType.ConnAck);
        List<MqttUserProperty>? userProperties = null;
        while (properties.TryReadNext(out var id))
        {
            switch (id)
            {
                case MqttPropertyId.SessionExpiryInterval:
                    packet.SessionExpiryInterval = properties.ReadUInt32();
                    break;
                case MqttPropertyId.ReceiveMaximum:
                    packet.ReceiveMaximum = properties.ReadNonZeroUInt16(id); // §3.2.2.3.3
                    break;
                case MqttPropertyId.MaximumQoS:
                    packet.MaximumQoS = (MqttQualityOfService)properties.ReadZeroOrOne(id); // §3.2.2.3.4
                    break;
                case MqttPropertyId.RetainAvailable:
                    packet.RetainAvailable = properties.ReadBoolean(id);
                    break;
                case MqttPropertyId.MaximumPacketSize:
                    packet.MaximumPacketSize = properties.ReadNonZeroUInt32(id); // §3.2.2.3.6
                    break;
                case MqttPropertyId.AssignedClientIdentifier:
                    packet.AssignedClientIdentifier = properties.ReadString();
                    break;
                case MqttPropertyId.TopicAliasMaximum:
                    packet.TopicAliasMaximum = properties.ReadUInt16();
                    break;
                case MqttPropertyId.ReasonString:
                    packet.ReasonString = properties.ReadString();
                    break;
                case MqttPropertyId.WildcardSubscriptionAvailable:
                    packet.WildcardSubscriptionAvailable = properties.ReadBoolean(id);
                    break;
                case MqttPropertyId.SubscriptionIdentifierAvailable:
                    packet.SubscriptionIdentifiersAvailable = properties.ReadBoolean(id);
                    break;
                case MqttPropertyId.SharedSubscriptionAvailable:
                    packet.SharedSubscriptionAvailable = properties.ReadBoolean(id);
                    break;
                case MqttPropertyId.ServerKeepAlive:
                    packet.ServerKeepAlive = properties.ReadUInt16();
                    break;
                case MqttPropertyId.ResponseInformation:
                    packet.ResponseInformation = properties.ReadString();
                    break;
                case MqttPropertyId.ServerReference:
                    packet.ServerReference = properties.ReadString();
                    break;
                case MqttPropertyId.AuthenticationMethod:
                    packet.AuthenticationMethod = properties.ReadString();
                    break;
                case MqttPropertyId.AuthenticationData:
                    packet.AuthenticationData = properties.ReadBinaryData();
                    break;
                case MqttPropertyId.UserProperty:
                    properties.ReadUserProperty(ref userProperties);
                    break;
                default:
                    throw MqttV5PropertyRulesViolation(id, MqttPacketType.ConnAck);
            }
        }

        packet.UserProperties = userProperties;
        return packet;
    }
}
