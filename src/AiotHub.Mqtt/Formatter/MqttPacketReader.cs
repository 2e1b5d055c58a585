using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using AiotHub.Mqtt.Formatter.V3;
using AiotHub.Mqtt.Formatter.V5;
using AiotHub.Mqtt.Packets;
using AiotHub.Mqtt.Protocol;

namespace AiotHub.Mqtt.Formatter;

/// <summary>
/// Incremental, stateless packet decoder in the style of Kestrel's parsers: nothing is consumed
/// until a whole packet is present, and the declared size is checked before the body is awaited.
/// </summary>
public static class MqttPacketReader
{
    // A multi-segment body up to this size is copied to the stack, a larger one to a pooled array.
    private const int StackCopyLimit = 256;

    /// <summary>
    /// Reads one whole packet from the front of <paramref name="buffer"/>. Returns false and leaves
    /// <paramref name="buffer"/> untouched while the packet is incomplete; on success slices the
    /// packet off the front. <paramref name="version"/> Unknown accepts only CONNECT (its protocol
    /// level decides the version). Throws <see cref="MqttProtocolException"/> for malformed input,
    /// with PacketTooLarge when the fixed header declares more than <paramref name="maxPacketSize"/>
    /// (checked before the body is buffered).
    /// </summary>
    public static bool TryRead(ref ReadOnlySequence<byte> buffer, MqttProtocolVersion version, int maxPacketSize,
        [NotNullWhen(true)] out MqttPacket? packet)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxPacketSize);
        packet = null;
        if (!TryReadFixedHeader(buffer, version, maxPacketSize, out var header, out var headerLength, out var remainingLength))
        {
            return false;
        }

        var total = headerLength + remainingLength;
        if (buffer.Length < total)
        {
            return false;
        }

        var body = buffer.Slice(headerLength, remainingLength);
        if (body.IsSingleSegment)
        {
            packet = Decode(header, body.FirstSpan, version);
        }
        else if (remainingLength <= StackCopyLimit)
        {
            Span<byte> copy = stackalloc byte[StackCopyLimit];
            body.CopyTo(copy);
            packet = Decode(header, copy[..remainingLength], version);
        }
        else
        {
            var rented = ArrayPool<byte>.Shared.Rent(remainingLength);
            try
            {
                body.CopyTo(rented);
                packet = Decode(header, rented.AsSpan(0, remainingLength), version);
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }

        buffer = buffer.Slice(total);
        return true;
    }

    /// <summary>
    /// Reads and checks the fixed header (§2.1): the type and flags, the Remaining Length (§2.1.4),
    /// and the whole size against the limit. False while the header itself is incomplete.
    /// </summary>
    internal static bool TryReadFixedHeader(in ReadOnlySequence<byte> buffer, MqttProtocolVersion version, int maxPacketSize,
        out byte header, out int headerLength, out int remainingLength)
    {
        header = 0;
        headerLength = 0;
        remainingLength = 0;
        if (buffer.IsEmpty)
        {
            return false;
        }

        scoped var first = buffer.FirstSpan;
        Span<byte> copy = stackalloc byte[1 + MqttVariableByteInteger.MaxLength];
        if (first.Length < copy.Length && buffer.Length > first.Length)
        {
            var length = (int)Math.Min(buffer.Length, copy.Length);
            buffer.Slice(0, length).CopyTo(copy);
            first = copy[..length];
        }

        header = first[0];
        ValidateTypeAndFlags(header, version);
        if (!MqttVariableByteInteger.TryRead(first[1..], out var remaining, out var lengthOfLength))
        {
            return false;
        }

        headerLength = 1 + lengthOfLength;
        remainingLength = (int)remaining;

        // MQTT 5.0 §3.1.2.11.4 / §3.2.2.3.6: the limit counts the whole packet, fixed header included.
        if ((long)headerLength + remainingLength > maxPacketSize)
        {
            throw new MqttProtocolException(MqttReasonCode.PacketTooLarge,
                $"Packet of {headerLength + remainingLength} bytes exceeds the maximum packet size of {maxPacketSize}.");
        }

        return true;
    }

    private static void ValidateTypeAndFlags(byte header, MqttProtocolVersion version)
    {
        var type = (MqttPacketType)(header >> 4);
        var flags = header & 0x0F;

        // Type 0 is reserved in both versions; 15 (AUTH) exists only in 5.0 (§2.1.2).
        if (type == 0 || (type == MqttPacketType.Auth && version == MqttProtocolVersion.V311))
        {
            throw MqttProtocolException.Malformed($"Packet type {(int)type} is reserved (§2.1.2).");
        }

        if (version == MqttProtocolVersion.Unknown && type != MqttPacketType.Connect)
        {
            // [MQTT-3.1.0-1]: the first packet from the client must be CONNECT.
            throw new MqttProtocolException(MqttReasonCode.ProtocolError, $"Expected CONNECT as the first packet, got {type}.");
        }

        // §2.1.3: PUBLISH carries DUP/QoS/RETAIN; PUBREL, SUBSCRIBE and UNSUBSCRIBE must say 0b0010;
        // every other packet 0. Anything else is a Malformed Packet [MQTT-2.1.3-1].
        var expected = type switch
        {
            MqttPacketType.Publish => flags,
            MqttPacketType.PubRel or MqttPacketType.Subscribe or MqttPacketType.Unsubscribe => 0b0010,
            _ => 0,
        };
        if (flags != expected)
        {
            throw MqttProtocolException.Malformed($"{type} has reserved flags 0x{flags:X} (§2.1.3).");
        }
    }

    private static MqttPacket Decode(byte header, ReadOnlySpan<byte> body, MqttProtocolVersion version)
    {
        if ((MqttPacketType)(header >> 4) == MqttPacketType.Connect)
        {
            return DecodeConnect(body);
        }

        return version switch
        {
            MqttProtocolVersion.V500 => MqttV5PacketDecoder.Decode(header, body),
            MqttProtocolVersion.V311 => MqttV3PacketDecoder.Decode(header, body),
            _ => throw new ArgumentOutOfRangeException(nameof(version), version, "Unsupported protocol version."),
        };
    }

    /// <summary>
    /// CONNECT decides the version itself (§3.1.2.1, §3.1.2.2): "MQTT" with level 4 is 3.1.1, with
    /// level 5 is 5.0. Anything else (3.1's "MQIsdp"/3 included) is answered with CONNACK 0x01 / 0x84.
    /// </summary>
    private static MqttConnectPacket DecodeConnect(ReadOnlySpan<byte> body)
    {
        var reader = new MqttBufferReader(body);
        var name = reader.ReadBinaryData();
        var level = reader.ReadByte();
        if (!name.SequenceEqual("MQTT"u8))
        {
            throw new MqttProtocolException(MqttReasonCode.UnsupportedProtocolVersion, "Protocol name is not \"MQTT\".");
        }

        var packet = level switch
        {
            (byte)MqttProtocolVersion.V311 => MqttV3PacketDecoder.DecodeConnect(ref reader),
            (byte)MqttProtocolVersion.V500 => MqttV5PacketDecoder.DecodeConnect(ref reader),
            _ => throw new MqttProtocolException(MqttReasonCode.UnsupportedProtocolVersion, $"Protocol level {level} is not supported."),
        };
        reader.EnsureEnd(MqttPacketType.Connect);
        return packet;
    }
}
