using AiotHub.Mqtt.Packets;
using AiotHub.Mqtt.Protocol;

namespace AiotHub.Mqtt.Broker.Persistence;

/// <summary>
/// Encodes an <see cref="MqttApplicationMessage"/> as a message body: a flags byte (bit 0 retain,
/// bits 1-2 QoS, bits 3-7 which optional MQTT 5.0 properties follow), a second flags byte (bit 0
/// user properties), topic, payload, then the present properties in bit order. Subscription
/// identifiers are per delivery, not per message, and are not stored.
/// </summary>
internal static class StoredMessageCodec
{
    private const byte HasPayloadFormat = 1 << 3;
    private const byte HasExpiry = 1 << 4;
    private const byte HasContentType = 1 << 5;
    private const byte HasResponseTopic = 1 << 6;
    private const byte HasCorrelationData = 1 << 7;
    private const byte HasUserProperties = 1 << 0;

    public static void Write(JournalRecordWriter writer, MqttApplicationMessage message)
    {
        var flags = (byte)((message.Retain ? 1 : 0) | ((byte)message.QualityOfService & 3) << 1);
        flags |= message.PayloadFormatIndicator.HasValue ? HasPayloadFormat : (byte)0;
        flags |= message.MessageExpiryInterval.HasValue ? HasExpiry : (byte)0;
        flags |= message.ContentType is not null ? HasContentType : (byte)0;
        flags |= message.ResponseTopic is not null ? HasResponseTopic : (byte)0;
        flags |= message.CorrelationData is not null ? HasCorrelationData : (byte)0;
        var flags2 = message.UserProperties is { Count: > 0 } ? HasUserProperties : (byte)0;

        writer.WriteByte(flags);
        writer.WriteByte(flags2);
        writer.WriteString(message.Topic);
        writer.WriteBytes(message.Payload.Span);
        if (message.PayloadFormatIndicator is { } format)
        {
            writer.WriteByte(format);
        }

        if (message.MessageExpiryInterval is { } expiry)
        {
            writer.WriteVarUInt(expiry);
        }

        if (message.ContentType is { } contentType)
        {
            writer.WriteString(contentType);
        }

        if (message.ResponseTopic is { } responseTopic)
        {
            writer.WriteString(responseTopic);
        }

        if (message.CorrelationData is { } correlationData)
        {
            writer.WriteBytes(correlationData);
        }

        if (message.UserProperties is { Count: > 0 } userProperties)
        {
            writer.WriteVarUInt((uint)userProperties.Count);
            foreach (var property in userProperties)
            {
                writer.WriteString(property.Name);
                writer.WriteString(property.Value);
            }
        }
    }

    /// <summary>The topic at the start of a body, without decoding the rest.</summary>
    public static bool TryReadTopic(ReadOnlySpan<byte> body, out string topic)
    {
        var reader = new JournalRecordReader(body);
        topic = string.Empty;
        return reader.TryReadByte(out _) && reader.TryReadByte(out _) && reader.TryReadString(out topic);
    }

    public static bool TryRead(ReadOnlySpan<byte> body, out MqttApplicationMessage message)
    {
        message = new MqttApplicationMessage();
        var reader = new JournalRecordReader(body);
        if (!reader.TryReadByte(out var flags) || !reader.TryReadByte(out var flags2)
            || !reader.TryReadString(out var topic) || !reader.TryReadBytes(out var payload))
        {
            return false;
        }

        message.Topic = topic;
        message.Payload = payload.ToArray();
        message.Retain = (flags & 1) != 0;
        message.QualityOfService = (MqttQualityOfService)((flags >> 1) & 3);
        if ((flags & HasPayloadFormat) != 0)
        {
            if (!reader.TryReadByte(out var format))
            {
                return false;
            }

            message.PayloadFormatIndicator = format;
        }

        if ((flags & HasExpiry) != 0)
        {
            if (!reader.TryReadVarUInt32(out var expiry))
            {
                return false;
            }

            message.MessageExpiryInterval = expiry;
        }

        if ((flags & HasContentType) != 0)
        {
            if (!reader.TryReadString(out var contentType))
            {
                return false;
            }

            message.ContentType = contentType;
        }

        if ((flags & HasResponseTopic) != 0)
        {
            if (!reader.TryReadString(out var responseTopic))
            {
                return false;
            }

            message.ResponseTopic = responseTopic;
        }

        if ((flags & HasCorrelationData) != 0)
        {
            if (!reader.TryReadBytes(out var correlationData))
            {
                return false;
            }

            message.CorrelationData = correlationData.ToArray();
        }

        if ((flags2 & HasUserProperties) != 0)
        {
            if (!reader.TryReadVarUInt32(out var count) || count > (uint)reader.Remaining.Length)
            {
                return false;
            }

            message.UserProperties = new List<MqttUserProperty>((int)count);
            for (var i = 0; i < count; i++)
            {
                if (!reader.TryReadString(out var name) || !reader.TryReadString(out var value))
                {
                    return false;
                }

                message.UserProperties.Add(new MqttUserProperty(name, value));
            }
        }

        return reader.IsEmpty;
    }
}
