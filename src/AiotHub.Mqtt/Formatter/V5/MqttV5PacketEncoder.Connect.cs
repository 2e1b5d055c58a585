using AiotHub.Mqtt.Packets;
using AiotHub.Mqtt.Protocol;
using static AiotHub.Mqtt.Formatter.V5.MqttV5PropertyWriter;

namespace AiotHub.Mqtt.Formatter.V5;

/// <summary>CONNECT (§3.1) and CONNACK (§3.2) of MQTT 5.0.</summary>
internal static partial class MqttV5PacketEncoder
{
    private static int GetConnectPropertiesLength(MqttConnectPacket packet) =>
        Size(packet.SessionExpiryInterval)
        + Size(packet.ReceiveMaximum)
        + Size(packet.MaximumPacketSize)
        + Size(packet.TopicAliasMaximum)
        + Size(packet.RequestResponseInformation)
        + Size(packet.RequestProblemInformation)
        + Size(packet.AuthenticationMethod)
        + Size(packet.AuthenticationData)
        + Size(packet.UserProperties);

    private static int GetWillPropertiesLength(MqttWillMessage will) =>
        Size(will.WillDelayInterval)
        + Size(will.PayloadFormatIndicator)
        + Size(will.MessageExpiryInterval)
        + Size(will.ContentType)
        + Size(will.ResponseTopic)
        + Size(will.CorrelationData)
        + Size(will.UserProperties);

    private static int GetConnectLength(MqttConnectPacket packet)
    {
        // Protocol Name "MQTT" (6), Protocol Level (1), Connect Flags (1), Keep Alive (2): §3.1.2.
        var length = 10 + BlockSize(GetConnectPropertiesLength(packet)) + MqttEncodedSize.String(packet.ClientId);
        if (packet.Will is { } will)
        {
            length += BlockSize(GetWillPropertiesLength(will))
                + MqttEncodedSize.String(will.Topic)
                + MqttEncodedSize.Binary(will.Payload.Span);
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
        writer.WriteByte((byte)MqttProtocolVersion.V500);
        writer.WriteByte(MqttConnectFlags.Encode(packet, MqttProtocolVersion.V500));
        writer.WriteUInt16(packet.KeepAliveSeconds);

        writer.WriteVariableByteInteger((uint)GetConnectPropertiesLength(packet));
        Write(ref writer, MqttPropertyId.SessionExpiryInterval, packet.SessionExpiryInterval);
        Write(ref writer, MqttPropertyId.ReceiveMaximum, packet.ReceiveMaximum);
        Write(ref writer, MqttPropertyId.MaximumPacketSize, packet.MaximumPacketSize);
        Write(ref writer, MqttPropertyId.TopicAliasMaximum, packet.TopicAliasMaximum);
        Write(ref writer, MqttPropertyId.RequestResponseInformation, packet.RequestResponseInformation);
        Write(ref writer, MqttPropertyId.RequestProblemInformation, packet.RequestProblemInformation);
        Write(ref writer, MqttPropertyId.AuthenticationMethod, packet.AuthenticationMethod);
        Write(ref writer, MqttPropertyId.AuthenticationData, packet.AuthenticationData);
        Write(ref writer, packet.UserProperties);

        writer.WriteString(packet.ClientId);
        if (packet.Will is { } will)
        {
            writer.WriteVariableByteInteger((uint)GetWillPropertiesLength(will));
            Write(ref writer, MqttPropertyId.WillDelayInterval, will.WillDelayInterval);
            Write(ref writer, MqttPropertyId.PayloadFormatIndicator, will.PayloadFormatIndicator);
            Write(ref writer, MqttPropertyId.MessageExpiryInterval, will.MessageExpiryInterval);
            Write(ref writer, MqttPropertyId.ContentType, will.ContentType);
            Write(ref writer, MqttPropertyId.ResponseTopic, will.ResponseTopic);
            Write(ref writer, MqttPropertyId.CorrelationData, will.CorrelationData);
            Write(ref writer, will.UserProperties);
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

    private static int GetConnAckPropertiesLength(MqttConnAckPacket packet) =>
        Size(packet.SessionExpiryInterval)
        + Size(packet.ReceiveMaximum)
        + Size((byte?)packet.MaximumQoS)
        + Size(packet.RetainAvailable)
        + Size(packet.MaximumPacketSize)
        + Size(packet.AssignedClientIdentifier)
        + Size(packet.TopicAliasMaximum)
        + Size(packet.ReasonString)
        + Size(packet.WildcardSubscriptionAvailable)
        + Size(packet.SubscriptionIdentifiersAvailable)
        + Size(packet.SharedSubscriptionAvailable)
        + Size(packet.ServerKeepAlive)
        + Size(packet.ResponseInformation)
        + Size(packet.ServerReference)
        + Size(packet.AuthenticationMethod)
        + Size(packet.AuthenticationData)
        + Size(packet.UserProperties);

    private static void EncodeConnAck(ref MqttBufferWriter writer, MqttConnAckPacket packet)
    {
        writer.WriteByte(packet.SessionPresent ? (byte)1 : (byte)0);
        writer.WriteByte((byte)packet.ReasonCode);
        writer.WriteVariableByteInteger((uint)GetConnAckPropertiesLength(packet));
        Write(ref writer, MqttPropertyId.SessionExpiryInterval, packet.SessionExpiryInterval);
        Write(ref writer, MqttPropertyId.ReceiveMaximum, packet.ReceiveMaximum);
        Write(ref writer, MqttPropertyId.MaximumQoS, (byte?)packet.MaximumQoS);
        Write(ref writer, MqttPropertyId.RetainAvailable, packet.RetainAvailable);
        Write(ref writer, MqttPropertyId.MaximumPacketSize, packet.MaximumPacketSize);
        Write(ref writer, MqttPropertyId.AssignedClientIdentifier, packet.AssignedClientIdentifier);
        Write(ref writer, MqttPropertyId.TopicAliasMaximum, packet.TopicAliasMaximum);
        Write(ref writer, MqttPropertyId.ReasonString, packet.ReasonString);
        Write(ref writer, MqttPropertyId.WildcardSubscriptionAvailable, packet.WildcardSubscriptionAvailable);
        Write(ref writer, MqttPropertyId.SubscriptionIdentifierAvailable, packet.SubscriptionIdentifiersAvailable);
        Write(ref writer, MqttPropertyId.SharedSubscriptionAvailable, packet.SharedSubscriptionAvailable);
        Write(ref writer, MqttPropertyId.ServerKeepAlive, packet.ServerKeepAlive);
        Write(ref writer, MqttPropertyId.ResponseInformation, packet.ResponseInformation);
        Write(ref writer, MqttPropertyId.ServerReference, packet.ServerReference);
        Write(ref writer, MqttPropertyId.AuthenticationMethod, packet.AuthenticationMethod);
        Write(ref writer, MqttPropertyId.AuthenticationData, packet.AuthenticationData);
        Write(ref writer, packet.UserProperties);
    }
}
