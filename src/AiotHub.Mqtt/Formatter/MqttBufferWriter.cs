using System.Text;

namespace AiotHub.Mqtt.Formatter;

/// <summary>
/// Writes the data types of MQTT 5.0 §1.5 into a span sized beforehand from the exact packet size,
/// so nothing is allocated and nothing is resized.
/// </summary>
internal ref struct MqttBufferWriter
{
    private readonly Span<byte> _span;
    private int _position;

    public MqttBufferWriter(Span<byte> span)
    {
        _span = span;
        _position = 0;
    }

    public readonly int Position => _position;

    public void WriteByte(byte value) => _span[_position++] = value;

    public void WriteUInt16(ushort value)
    {
        _span[_position] = (byte)(value >> 8);
        _span[_position + 1] = (byte)value;
        _position += 2;
    }

    public void WriteUInt32(uint value)
    {
        _span[_position] = (byte)(value >> 24);
        _span[_position + 1] = (byte)(value >> 16);
        _span[_position + 2] = (byte)(value >> 8);
        _span[_position + 3] = (byte)value;
        _position += 4;
    }

    public void WriteVariableByteInteger(uint value) =>
        _position += MqttVariableByteInteger.Write(_span[_position..], value);

    public void WriteBytes(ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(_span[_position..]);
        _position += bytes.Length;
    }

    /// <summary>Binary Data (§1.5.6): the caller has checked the length with <see cref="MqttEncodedSize.Binary"/>.</summary>
    public void WriteBinaryData(ReadOnlySpan<byte> bytes)
    {
        WriteUInt16((ushort)bytes.Length);
        WriteBytes(bytes);
    }

    /// <summary>UTF-8 Encoded String (§1.5.4), encoded straight into the output.</summary>
    public void WriteString(string value)
    {
        var length = Encoding.UTF8.GetBytes(value, _span[(_position + 2)..]);
        WriteUInt16((ushort)length);
        _position += length;
    }
}
