using AiotHub.Mqtt.Formatter.V5;
using AiotHub.Mqtt.Packets;
using AiotHub.Mqtt.Protocol;

namespace AiotHub.Mqtt.Formatter;

/// <summary>
/// The PUBLISH body (§3.3) for both versions, decoded into a given packet so that the ordinary
/// reader (a new packet, a copied payload) and <see cref="MqttReusablePacketReader"/> (one reused
/// packet, a reused payload buffer, cached topics) share every rule.
/// </summary>
internal static class MqttPublishDecoder
{
    /// <summary>
    /// Fills <paramref name="packet"/>'s header fields, topic and properties; returns the payload,
    /// which still points into the receive buffer. Properties absent from the packet are not reset.
    /// </summary>
    public static ReadOnlySpan<byte> Decode(byte header, ref MqttBufferReader reader, MqttProtocolVersion version,
        MqttPublishPacket packet, MqttTopicCache? topics)
    {
        var qos = MqttPublishFlags.Parse(header, out var dup, out var retain);
        packet.QualityOfService = qos;
        packet.Dup = dup;
        packet.Retain = retain;

        // §3.3.2: Topic Name, Packet Identifier (QoS > 0 only), Properties (5.0), then the payload.
        var topic = reader.ReadBinaryData();
        packet.PacketIdentifier = qos == MqttQualityOfService.AtMostOnce ? (ushort)0 : reader.ReadPacketIdentifier();
        if (version == MqttProtocolVersion.V500)
        {
            MqttV5PacketDecoder.ReadPublishProperties(ref reader, packet);
        }

        if (topic.IsEmpty)
        {
            // 5.0 §3.3.2.3.4: an empty name stands for the one the Topic Alias was set to; 3.1.1 has no aliases.
            if (version != MqttProtocolVersion.V500)
            {
                throw new MqttProtocolException(MqttReasonCode.TopicNameInvalid, "PUBLISH with an empty topic name [MQTT-4.7.3-1].");
            }

            if (packet.TopicAlias is null)
            {
                throw new MqttProtocolException(MqttReasonCode.ProtocolError, "PUBLISH with an empty topic name and no Topic Alias (§3.3.2.3.4).");
            }

            packet.Topic = string.Empty;
        }
        else
        {
            packet.Topic = topics is null ? MqttTopicNames.Decode(topic) : topics.GetOrAdd(topic);
        }

        return reader.ReadToEnd();
    }
}
