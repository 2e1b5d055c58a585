using AiotHub.Mqtt.Packets;
using AiotHub.Mqtt.Protocol;
using static AiotHub.Mqtt.Formatter.V5.MqttV5PropertyWriter;

namespace AiotHub.Mqtt.Formatter.V5;

/// <summary>
/// Encodes MQTT 5.0 packet bodies (OASIS MQTT 5.0 §3), using the short forms where the spec allows
/// them; the partial files hold CONNECT/CONNACK and the subscription packets. Property lengths are
/// computed, never buffered.
/// </summary>
internal static partial class MqttV5PacketEncoder
{
    public static int GetRemainingLength(MqttPacket packet) => packet switch
    {
        MqttConnectPacket connect => GetConnectLength(connect),
        MqttConnAckPacket connAck => 2 + BlockSize(GetConnAckPropertiesLength(connAck)),
        MqttPublishPacket publish => GetPublishLength(publish),
        MqttAcknowledgementPacket ack => GetAcknowledgementLength(ack),
        MqttSubscribePacket subscribe => GetSubscribeLength(subscribe),
        MqttSubAckPacket subAck => 2 + BlockSize(GetReasonPropertiesLength(subAck.ReasonString, subAck.UserProperties)) + subAck.ReasonCodes.Count,
        MqttUnsubscribePacket unsubscribe => GetUnsubscribeLength(unsubscribe),
        MqttUnsubAckPacket unsubAck => 2 + BlockSize(GetReasonPropertiesLength(unsubAck.ReasonString, unsubAck.UserProperties)) + unsubAck.ReasonCodes.Count,
        MqttPingReqPacket or MqttPingRespPacket => 0,
        MqttDisconnectPacket disconnect => GetDisconnectLength(disconnect),
        MqttAuthPacket auth => GetAuthLength(auth),
        _ => throw new ArgumentException($"Unknown packet {packet.GetType().Name}.", nameof(packet)),
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
                EncodeConnAck(ref writer, connAck);
                break;
            case MqttPublishPacket publish:
                EncodePublish(ref writer, publish);
                break;
            case MqttAcknowledgementPacket ack:
                EncodeAcknowledgement(ref writer, ack);
                break;
            case MqttSubscribePacket subscribe:
                EncodeSubscribe(ref writer, subscribe);
                break;
            case MqttSubAckPacket subAck:
                EncodeReasonCodes(ref writer, subAck.PacketIdentifier, subAck.ReasonString, subAck.UserProperties, subAck.ReasonCodes);
                break;
            case MqttUnsubscribePacket unsubscribe:
                EncodeUnsubscribe(ref writer, unsubscribe);
                break;
            case MqttUnsubAckPacket unsubAck:
                EncodeReasonCodes(ref writer, unsubAck.PacketIdentifier, unsubAck.ReasonString, unsubAck.UserProperties, unsubAck.ReasonCodes);
                break;
            case MqttDisconnectPacket disconnect:
                EncodeDisconnect(ref writer, disconnect);
                break;
            case MqttAuthPacket auth:
                EncodeAuth(ref writer, auth);
                break;
            default:
                // PINGREQ, PINGRESP: no variable header, no payload.
                break;
        }
    }

    private static int GetPublishPropertiesLength(MqttPublishPacket packet) =>
        Size(packet.PayloadFormatIndicator)
        + Size(packet.MessageExpiryInterval)
        + Size(packet.TopicAlias)
        + Size(packet.ResponseTopic)
        + Size(packet.CorrelationData)
        + Size(packet.UserProperties)
        + SizeOfSubscriptionIdentifiers(packet.SubscriptionIdentifiers)
        + Size(packet.ContentType);

    private static int GetPublishLength(MqttPublishPacket packet) =>
        MqttEncodedSize.String(packet.Topic)
        + (packet.QualityOfService == MqttQualityOfService.AtMostOnce ? 0 : 2)
        + BlockSize(GetPublishPropertiesLength(packet))
        + packet.Payload.Length;

    private static void EncodePublish(ref MqttBufferWriter writer, MqttPublishPacket packet)
    {
        writer.WriteString(packet.Topic);
        if (packet.QualityOfService != MqttQualityOfService.AtMostOnce)
        {
            writer.WriteUInt16(packet.PacketIdentifier);
        }

        writer.WriteVariableByteInteger((uint)GetPublishPropertiesLength(packet));
        Write(ref writer, MqttPropertyId.PayloadFormatIndicator, packet.PayloadFormatIndicator);
        Write(ref writer, MqttPropertyId.MessageExpiryInterval, packet.MessageExpiryInterval);
        Write(ref writer, MqttPropertyId.TopicAlias, packet.TopicAlias);
        Write(ref writer, MqttPropertyId.ResponseTopic, packet.ResponseTopic);
        Write(ref writer, MqttPropertyId.CorrelationData, packet.CorrelationData);
        Write(ref writer, packet.UserProperties);
        WriteSubscriptionIdentifiers(ref writer, packet.SubscriptionIdentifiers);
        Write(ref writer, MqttPropertyId.ContentType, packet.ContentType);
        writer.WriteBytes(packet.Payload.Span);
    }

    private static int GetReasonPropertiesLength(string? reasonString, List<MqttUserProperty>? userProperties) =>
        Size(reasonString) + Size(userProperties);

    private static void WriteReasonProperties(ref MqttBufferWriter writer, string? reasonString, List<MqttUserProperty>? userProperties)
    {
        writer.WriteVariableByteInteger((uint)GetReasonPropertiesLength(reasonString, userProperties));
        Write(ref writer, MqttPropertyId.ReasonString, reasonString);
        Write(ref writer, userProperties);
    }

    /// <summary>§3.4.2.1: Success without properties is 2 bytes, a reason code without properties 3.</summary>
    private static int GetAcknowledgementLength(MqttAcknowledgementPacket packet)
    {
        var properties = GetReasonPropertiesLength(packet.ReasonString, packet.UserProperties);
        if (properties == 0)
        {
            return packet.ReasonCode == MqttReasonCode.Success ? 2 : 3;
        }

        return 3 + BlockSize(properties);
    }

    private static void EncodeAcknowledgement(ref MqttBufferWriter writer, MqttAcknowledgementPacket packet)
    {
        writer.WriteUInt16(packet.PacketIdentifier);
        var properties = GetReasonPropertiesLength(packet.ReasonString, packet.UserProperties);
        if (properties == 0 && packet.ReasonCode == MqttReasonCode.Success)
        {
            return;
        }

        writer.WriteByte((byte)packet.ReasonCode);
        if (properties != 0)
        {
            WriteReasonProperties(ref writer, packet.ReasonString, packet.UserProperties);
        }
    }

    private static int GetDisconnectPropertiesLength(MqttDisconnectPacket packet) =>
        Size(packet.SessionExpiryInterval) + Size(packet.ReasonString) + Size(packet.ServerReference) + Size(packet.UserProperties);

    /// <summary>§3.14.2.1: Normal disconnection without properties is 0 bytes, a reason code alone 1.</summary>
    private static int GetDisconnectLength(MqttDisconnectPacket packet)
    {
        var properties = GetDisconnectPropertiesLength(packet);
        if (properties == 0)
        {
            return packet.ReasonCode == MqttReasonCode.NormalDisconnection ? 0 : 1;
        }

        return 1 + BlockSize(properties);
    }

    private static void EncodeDisconnect(ref MqttBufferWriter writer, MqttDisconnectPacket packet)
    {
        var properties = GetDisconnectPropertiesLength(packet);
        if (properties == 0 && packet.ReasonCode == MqttReasonCode.NormalDisconnection)
        {
            return;
        }

        writer.WriteByte((byte)packet.ReasonCode);
        if (properties != 0)
        {
            writer.WriteVariableByteInteger((uint)properties);
            Write(ref writer, MqttPropertyId.SessionExpiryInterval, packet.SessionExpiryInterval);
            Write(ref writer, MqttPropertyId.ReasonString, packet.ReasonString);
            Write(ref writer, MqttPropertyId.ServerReference, packet.ServerReference);
            Write(ref writer, packet.UserProperties);
        }
    }

    private static int GetAuthPropertiesLength(MqttAuthPacket packet) =>
        Size(packet.AuthenticationMethod) + Size(packet.AuthenticationData) + Size(packet.ReasonString) + Size(packet.UserProperties);

    /// <summary>§3.15.2.1: Success without properties is 0 bytes; otherwise reason code and properties.</summary>
    private static int GetAuthLength(MqttAuthPacket packet)
    {
        var properties = GetAuthPropertiesLength(packet);
        return properties == 0 && packet.ReasonCode == MqttReasonCode.Success ? 0 : 1 + BlockSize(properties);
    }

    private static void EncodeAuth(ref MqttBufferWriter writer, MqttAuthPacket packet)
    {
        var properties = GetAuthPropertiesLength(packet);
        if (properties == 0 && packet.ReasonCode == MqttReasonCode.Success)
        {
            return;
        }

        writer.WriteByte((byte)packet.ReasonCode);
        writer.WriteVariableByteInteger((uint)properties);
        Write(ref writer, MqttPropertyId.AuthenticationMethod, packet.AuthenticationMethod);
        Write(ref writer, MqttPropertyId.AuthenticationData, packet.AuthenticationData);
        Write(ref writer, MqttPropertyId.ReasonString, packet.ReasonString);
        Write(ref writer, packet.UserProperties);
    }
}
