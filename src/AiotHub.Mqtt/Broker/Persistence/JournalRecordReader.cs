using System.Buffers.Binary;
using System.Text;

namespace AiotHub.Mqtt.Broker.Persistence;

/// <summary>
/// Reads the fields of one record (after its CRC was checked). Every method returns false rather
/// than throwing on malformed input: recovery treats an undecodable record like a torn one.
/// </summary>
internal ref struct JournalRecordReader
{
    private ReadOnlySpan<byte> _remaining;

    public JournalRecordReader(ReadOnlySpan<byte> fields) => _remaining = fields;

    public readonly bool IsEmpty => _remaining.IsEmpty;

    public readonly ReadOnlySpan<byte> Remaining => _remaining;

    public bool TryReadByte(out byte value)
    {
        if (_remaining.IsEmpty)
        {
            value = 0;
            return false;
        }

        value = _remaining[0];
        _remaining = _remaining[1..];
        return true;
    }

    public bool TryReadUInt16(out ushort value)
    {
        if (!BinaryPrimitives.TryReadUInt16LittleEndian(_remaining, out value))
        {
            return false;
        }

        _remaining = _remaining[2..];
        return true;
    }

    public bool TryReadInt64(out long value)
    {
        if (!BinaryPrimitives.TryReadInt64LittleEndian(_remaining, out value))
        {
            return false;
        }

        _remaining = _remaining[8..];
        return true;
    }

    public bool TryReadVarUInt(out ulong value)
    {
        value = 0;
        for (var i = 0; i < 10 && i < _remaining.Length; i++)
        {
            var b = _remaining[i];
            value |= (ulong)(b & 0x7F) << (7 * i);
            if (b < 0x80)
            {
                _remaining = _remaining[(i + 1)..];
                return true;
            }
        }

        return false;
    }

    public bool TryReadVarUInt32(out uint value)
    {
        if (TryReadVarUInt(out var wide) && wide <= uint.MaxValue)
        {
            value = (uint)wide;
            return true;
        }

        value = 0;
        return false;
    }

    public bool TryReadBytes(out ReadOnlySpan<byte> value)
    {
        if (TryReadVarUInt(out var length) && length <= (ulong)_remaining.Length)
        {
            value = _remaining[..(int)length];
            _remaining = _remaining[(int)length..];
            return true;
        }

        value = default;
        return false;
    }

    public bool TryReadString(out string value)
    {
        if (TryReadBytes(out var bytes))
        {
            try
            {
                value = StrictUtf8.GetString(bytes);
                return true;
            }
            catch (DecoderFallbackException)
            {
            }
        }

        value = string.Empty;
        return false;
    }

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
}
