using AiotHub.Mqtt.Packets;
using AiotHub.Mqtt.Protocol;

namespace AiotHub.Mqtt.Formatter.V3;

/// <summary>
/// Encodes MQTT 3.1.1 packet bodies (OASIS MQTT 3.1.1 §3). Fields that exist only in 5.0
/// (properties, reason strings, subscription options beyond QoS) are dropped.
/// </summary>
internal static class MqttV3PacketEncoder
{
    public static int GetRemainingLength(MqttPacket packet) => packet switch
    {
        MqttConnectPacket connect => GetConnectLength(connect),
        MqttConnAckPacket => 2,
        MqttPublishPacket publish => GetPublishLength(publish),
        MqttAcknowledgementPacket => 2,
        MqttSubscribePacket subscribe => GetSubscribeLength(subscribe),
        MqttSubAckPacket subAck => 2 + subAck.ReasonCodes.Count,
        MqttUnsubscribePacket unsubscribe => GetUnsubscribeLength(unsubscribe),
        MqttUnsubAckPacket => 2,
        MqttPingReqPacket or MqttPingRespPacket or MqttDisconnectPacket => 0,
        _ => throw new ArgumentException($"{packet.Type} does not exist in MQTT 3.1.1.", nameof(packet)),
    };

    /// <summary>Writes the variable header and payload (the fixed header is written already).</summary>
    public static void Encode(ref MqttBufferWriter writer, MqttPacket packet)
    {
        switch (packet)
        {
            case MqttConnectPacket connect:
                EncodeConnect(ref writer, connect);
                break;
            case MqttConnAckPacket connAck:
                writer.WriteByte(connAck.SessionPresent ? (byte)1 : (byte)0);
                writer.WriteByte((byte)MqttV3ConnectReturnCodes.Encode(connAck.ReasonCode));
                break;
            case MqttPublishPacket publish:
                EncodePublish(ref writer, publish);
                break;
            case MqttSubscribePacket subscribe:
                EncodeSubscribe(ref writer, subscribe);
                break;
            case MqttSubAckPacket subAck:
                EncodeSubAck(ref writer, subAck);
                break;
            case MqttUnsubscribePacket unsubscribe:
                writer.WriteUInt16(unsubscribe.PacketIdentifier);
                foreach (var filter in unsubscribe.TopicFilters)
                {
                    writer.WriteString(filter);
                }

                break;
            case MqttPacketWithIdentifier withIdentifier:
                // PUBACK, PUBREC, PUBREL, PUBCOMP (§3.4-§3.7) and UNSUBACK (§3.11): the identifier only.
                writer.WriteUInt16(withIdentifier.PacketIdentifier);
                break;
            default:
                // PINGREQ, PINGRESP, DISCONNECT: no variable header, no payload.
                break;
        }
    }

    private static int GetConnectLength(MqttConnectPacket packet)
    {
        if (packet.Password is not null && packet.UserName is null)
        {
            throw new ArgumentException("MQTT 3.1.1 allows a password only with a user name [MQTT-3.1.2-22].", nameof(packet));
        }

        // Protocol Name "MQTT" (6), Protocol Level (1), Connect Flags (1), Keep Alive (2): §3.1.2.
        var length = 10 + MqttEncodedSize.String(packet.ClientId);
        if (packet.Will is { } will)
        {
            length += MqttEncodedSize.String(will.Topic) + MqttEncodedSize.Binary(will.Payload.Span);
        }

        if (packet.UserName is not null)
        {
            length += MqttEncodedSize.String(packet.UserName);
        }

        if (packet.Password is not null)
        {
            length += MqttEncodedSize.Binary(packet.Password);
        }

        return length;
    }

    private static void EncodeConnect(ref MqttBufferWriter writer, MqttConnectPacket packet)
    {
        writer.WriteBinaryData("MQTT"u8);
        writer.WriteByte((byte)MqttProtocolVersion.V311);
        writer.WriteByte(MqttConnectFlags.Encode(packet, MqttProtocolVersion.V311));
        writer.WriteUInt16(packet.KeepAliveSeconds);
        writer.WriteString(packet.ClientId);
        if (packet.Will is { } will)
        {
            writer.WriteString(will.Topic);
            writer.WriteBinaryData(will.Payload.Span);
        }

        if (packet.UserName is not null)
        {
            writer.WriteString(packet.UserName);
        }

        if (packet.Password is not null)
        {
            writer.WriteBinaryData(packet.Password);
        }
    }

    private static int GetPublishLength(MqttPublishPacket packet) =>
        MqttEncodedSize.String(packet.Topic)
        + (packet.QualityOfService == MqttQualityOfService.AtMostOnce ? 0 : 2)
        + packet.Payload.Length;

    private static void EncodePublish(ref MqttBufferWriter writer, MqttPublishPacket packet)
    {
        writer.WriteString(packet.Topic);
        if (packet.QualityOfService != MqttQualityOfService.AtMostOnce)
        {
            writer.WriteUInt16(packet.PacketIdentifier);
        }

        writer.WriteBytes(packet.Payload.Span);
    }

    private static int GetSubscribeLength(MqttSubscribePacket packet)
    {
        var length = 2;
        foreach (var filter in packet.TopicFilters)
        {
            length += MqttEncodedSize.String(filter.Topic) + 1;
        }

        return length;
    }

    private static void EncodeSubscribe(ref MqttBufferWriter writer, MqttSubscribePacket packet)
    {
        writer.WriteUInt16(packet.PacketIdentifier);
        foreach (var filter in packet.TopicFilters)
        {
            writer.WriteString(filter.Topic);
            writer.WriteByte((byte)filter.QualityOfService); // §3.8.3.1: bits 7-2 reserved.
        }
    }

    /// <summary>§3.9.3: 0x00-0x02 grant a QoS; every 5.0 failure code becomes 0x80.</summary>
    private static void EncodeSubAck(ref MqttBufferWriter writer, MqttSubAckPacket packet)
    {
        writer.WriteUInt16(packet.PacketIdentifier);
        foreach (var code in packet.ReasonCodes)
        {
            writer.WriteByte(code <= MqttReasonCode.GrantedQoS2 ? (byte)code : (byte)0x80);
        }
    }

    private static int GetUnsubscribeLength(MqttUnsubscribePacket packet)
    {
        var length = 2;
        foreach (var filter in packet.TopicFilters)
        {
            length += MqttEncodedSize.String(filter);
        }

        return length;
    }
}
