using System.Text;
using System.Text.Unicode;
using AiotHub.Mqtt.Protocol;

namespace AiotHub.Mqtt.Formatter;

/// <summary>
/// Reads the data types of MQTT 5.0 §1.5 from a packet body held in one span. Reading past the end
/// is a Malformed Packet: every field must fit inside the Remaining Length (§2.1.4).
/// </summary>
internal ref struct MqttBufferReader
{
    private readonly ReadOnlySpan<byte> _span;
    private int _position;

    public MqttBufferReader(ReadOnlySpan<byte> span)
    {
        _span = span;
        _position = 0;
    }

    public readonly int Remaining => _span.Length - _position;

    public readonly bool IsEnd => _position == _span.Length;

    public byte ReadByte()
    {
        if (_position >= _span.Length)
        {
            throw Truncated();
        }

        return _span[_position++];
    }

    /// <summary>Two Byte Integer, big-endian (§1.5.2).</summary>
    public ushort ReadUInt16()
    {
        var bytes = ReadBytes(2);
        return (ushort)((bytes[0] << 8) | bytes[1]);
    }

    /// <summary>Four Byte Integer, big-endian (§1.5.3).</summary>
    public uint ReadUInt32()
    {
        var bytes = ReadBytes(4);
        return ((uint)bytes[0] << 24) | ((uint)bytes[1] << 16) | ((uint)bytes[2] << 8) | bytes[3];
    }

    /// <summary>Packet Identifier (§2.2.1): zero where one is required is a Protocol Error [MQTT-2.2.1-3].</summary>
    public ushort ReadPacketIdentifier()
    {
        var id = ReadUInt16();
        return id != 0
            ? id
            : throw new MqttProtocolException(MqttReasonCode.ProtocolError, "Packet identifier 0 [MQTT-2.2.1-3].");
    }

    /// <summary>Variable Byte Integer (§1.5.5); a truncated one is malformed here, the body being complete.</summary>
    public uint ReadVariableByteInteger()
    {
        if (!MqttVariableByteInteger.TryRead(_span[_position..], out var value, out var length))
        {
            throw Truncated();
        }

        _position += length;
        return value;
    }

    public ReadOnlySpan<byte> ReadBytes(int count)
    {
        if (count > Remaining)
        {
            throw Truncated();
        }

        var bytes = _span.Slice(_position, count);
        _position += count;
        return bytes;
    }

    /// <summary>Binary Data: a two-byte length and that many bytes (§1.5.6).</summary>
    public ReadOnlySpan<byte> ReadBinaryData() => ReadBytes(ReadUInt16());

    /// <summary>Binary Data copied into a new array owned by the packet.</summary>
    public byte[] ReadBinaryDataArray() => ReadBinaryData().ToArray();

    /// <summary>The raw bytes of a UTF-8 Encoded String, checked as <see cref="ReadString"/> checks them.</summary>
    public ReadOnlySpan<byte> ReadUtf8Bytes()
    {
        var bytes = ReadBinaryData();
        ValidateUtf8(bytes);
        return bytes;
    }

    /// <summary>UTF-8 Encoded String (§1.5.4): well-formed UTF-8 and no U+0000 [MQTT-1.5.4-1, MQTT-1.5.4-2].</summary>
    public string ReadString() => Encoding.UTF8.GetString(ReadUtf8Bytes());

    /// <summary>The rest of the body, e.g. a PUBLISH payload (§3.3.3).</summary>
    public ReadOnlySpan<byte> ReadToEnd()
    {
        var bytes = _span[_position..];
        _position = _span.Length;
        return bytes;
    }

    /// <summary>A Property Length (§2.2.2.1) and the properties it covers, as a reader of their own.</summary>
    public MqttBufferReader ReadPropertyBlock()
    {
        var length = ReadVariableByteInteger();
        return new MqttBufferReader(ReadBytes(checked((int)length)));
    }

    /// <summary>Bytes left over after the last field are not part of any field: a Malformed Packet.</summary>
    public readonly void EnsureEnd(MqttPacketType type)
    {
        if (!IsEnd)
        {
            throw MqttProtocolException.Malformed($"{type} has {Remaining} unexpected trailing bytes.");
        }
    }

    /// <summary>
    /// The strict .NET validator rejects overlong forms, surrogates (U+D800-U+DFFF) and code points
    /// above U+10FFFF, which §1.5.4 forbids [MQTT-1.5.4-1]; U+0000 is checked separately [MQTT-1.5.4-2].
    /// </summary>
    public static void ValidateUtf8(ReadOnlySpan<byte> bytes)
    {
        if (!Utf8.IsValid(bytes))
        {
            throw MqttProtocolException.Malformed("String is not well-formed UTF-8 [MQTT-1.5.4-1].");
        }

        if (bytes.Contains((byte)0))
        {
            throw MqttProtocolException.Malformed("String contains U+0000 [MQTT-1.5.4-2].");
        }
    }

    private static MqttProtocolException Truncated() =>
        MqttProtocolException.Malformed("A field runs past the end of the packet (§2.1.4).");
}
