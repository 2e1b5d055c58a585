using AiotHub.Mqtt.Packets;
using AiotHub.Mqtt.Protocol;
using static AiotHub.Mqtt.Formatter.V5.MqttV5PropertyWriter;

namespace AiotHub.Mqtt.Formatter.V5;

/// <summary>SUBSCRIBE (§3.8), SUBACK (§3.9), UNSUBSCRIBE (§3.10) and UNSUBACK (§3.11) of MQTT 5.0.</summary>
internal static partial class MqttV5PacketEncoder
{
    private static int GetSubscribeLength(MqttSubscribePacket packet)
    {
        var length = 2 + BlockSize(SizeOfVariableByteInteger(packet.SubscriptionIdentifier) + Size(packet.UserProperties));
        foreach (var filter in packet.TopicFilters)
        {
            length += MqttEncodedSize.String(filter.Topic) + 1;
        }

        return length;
    }

    private static void EncodeSubscribe(ref MqttBufferWriter writer, MqttSubscribePacket packet)
    {
        writer.WriteUInt16(packet.PacketIdentifier);
        writer.WriteVariableByteInteger((uint)(SizeOfVariableByteInteger(packet.SubscriptionIdentifier) + Size(packet.UserProperties)));
        WriteVariableByteInteger(ref writer, MqttPropertyId.SubscriptionIdentifier, packet.SubscriptionIdentifier);
        Write(ref writer, packet.UserProperties);
        foreach (var filter in packet.TopicFilters)
        {
            writer.WriteString(filter.Topic);

            // §3.8.3.1: QoS in bits 0-1, No Local 2, Retain As Published 3, Retain Handling 4-5.
            writer.WriteByte((byte)((int)filter.QualityOfService
                | (filter.NoLocal ? 0x04 : 0)
                | (filter.RetainAsPublished ? 0x08 : 0)
                | ((int)filter.RetainHandling << 4)));
        }
    }

    private static void EncodeReasonCodes(ref MqttBufferWriter writer, ushort packetIdentifier, string? reasonString,
        List<MqttUserProperty>? userProperties, List<MqttReasonCode> reasonCodes)
    {
        writer.WriteUInt16(packetIdentifier);
        WriteReasonProperties(ref writer, reasonString, userProperties);
        foreach (var code in reasonCodes)
        {
            writer.WriteByte((byte)code);
        }
    }

    private static int GetUnsubscribeLength(MqttUnsubscribePacket packet)
    {
        var length = 2 + BlockSize(Size(packet.UserProperties));
        foreach (var filter in packet.TopicFilters)
        {
            length += MqttEncodedSize.String(filter);
        }

        return length;
    }

    private static void EncodeUnsubscribe(ref MqttBufferWriter writer, MqttUnsubscribePacket packet)
    {
        writer.WriteUInt16(packet.PacketIdentifier);
        writer.WriteVariableByteInteger((uint)Size(packet.UserProperties));
        Write(ref writer, packet.UserProperties);
        foreach (var filter in packet.TopicFilters)
        {
            writer.WriteString(filter);
        }
    }
}
