using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using AiotHub.Mqtt.Packets;
using AiotHub.Mqtt.Protocol;

namespace AiotHub.Mqtt.Formatter;

/// <summary>
/// A per-connection reader for the broker's hot path. It frames and validates exactly like
/// <see cref="MqttPacketReader"/>, but decodes every PUBLISH into the one reused <see cref="Publish"/>
/// instance:
/// <list type="bullet">
/// <item>the payload is copied into a buffer this reader owns and reuses (it grows, never shrinks);</item>
/// <item>the topic string comes from a small cache keyed by its UTF-8 bytes;</item>
/// <item>the Subscription Identifier list is cleared and reused.</item>
/// </list>
/// Guarantee: once the buffers have grown to the connection's largest PUBLISH, decoding a PUBLISH
/// whose topic is cached (or empty, with a Topic Alias) and which carries no string, binary or user
/// properties (Response Topic, Correlation Data, Content Type, User Property) allocates nothing,
/// single- or multi-segment. Those properties still decode, allocating as usual.
/// The packet and its <see cref="MqttPublishPacket.Payload"/> are valid only until the next call:
/// copy what must outlive it (e.g. a retained message or a queued delivery). Every other packet
/// type is returned as a new instance, as <see cref="MqttPacketReader"/> does. Not thread-safe.
/// </summary>
public sealed class MqttReusablePacketReader
{
    private readonly MqttTopicCache _topics;
    private byte[] _payload;
    private byte[] _scratch = [];
    private MqttPublishPacket? _publish;

    /// <param name="topicCacheSize">Slots of the topic cache; a power of two.</param>
    /// <param name="initialPayloadCapacity">Bytes reserved for payloads up front.</param>
    public MqttReusablePacketReader(int topicCacheSize = 128, int initialPayloadCapacity = 256)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(initialPayloadCapacity);
        _topics = new MqttTopicCache(topicCacheSize);
        _payload = new byte[initialPayloadCapacity];
    }

    /// <summary>The instance every PUBLISH is decoded into.</summary>
    public MqttPublishPacket Publish => _publish ??= new();

    /// <summary>As <see cref="MqttPacketReader.TryRead"/>; a PUBLISH comes back as <see cref="Publish"/>.</summary>
    public bool TryRead(ref ReadOnlySequence<byte> buffer, MqttProtocolVersion version, int maxPacketSize,
        [NotNullWhen(true)] out MqttPacket? packet)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxPacketSize);
        packet = null;
        if (!MqttPacketReader.TryReadFixedHeader(buffer, version, maxPacketSize, out var header, out var headerLength, out var remainingLength))
        {
            return false;
        }

        if ((MqttPacketType)(header >> 4) != MqttPacketType.Publish)
        {
            return MqttPacketReader.TryRead(ref buffer, version, maxPacketSize, out packet);
        }

        var total = headerLength + remainingLength;
        if (buffer.Length < total)
        {
            return false;
        }

        var body = buffer.Slice(headerLength, remainingLength);
        ReadOnlySpan<byte> span;
        if (body.IsSingleSegment)
        {
            span = body.FirstSpan;
        }
        else
        {
            EnsureCapacity(ref _scratch, remainingLength);
            body.CopyTo(_scratch);
            span = _scratch.AsSpan(0, remainingLength);
        }

        DecodePublish(header, span, version);
        buffer = buffer.Slice(total);
        packet = Publish;
        return true;
    }

    private void DecodePublish(byte header, ReadOnlySpan<byte> body, MqttProtocolVersion version)
    {
        var packet = Publish;

        // Properties are only set when present, so whatever the previous PUBLISH carried goes first.
        packet.PayloadFormatIndicator = null;
        packet.MessageExpiryInterval = null;
        packet.TopicAlias = null;
        packet.ResponseTopic = null;
        packet.CorrelationData = null;
        packet.UserProperties = null;
        packet.ContentType = null;
        packet.SubscriptionIdentifiers?.Clear();
        packet.Payload = ReadOnlyMemory<byte>.Empty;

        var reader = new MqttBufferReader(body);
        var payload = MqttPublishDecoder.Decode(header, ref reader, version, packet, _topics);
        EnsureCapacity(ref _payload, payload.Length);
        payload.CopyTo(_payload);
        packet.Payload = _payload.AsMemory(0, payload.Length);
    }

    private static void EnsureCapacity(ref byte[] array, int length)
    {
        if (array.Length < length)
        {
            array = new byte[Math.Max(length, Math.Min(2 * array.Length, MqttVariableByteInteger.MaxValue))];
        }
    }
}
