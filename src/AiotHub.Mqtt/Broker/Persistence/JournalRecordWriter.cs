using System.Buffers.Binary;
using System.Text;

namespace AiotHub.Mqtt.Broker.Persistence;

/// <summary>
/// Appends framed records to a growable buffer. A frame is
/// <c>[u32 LE length][u32 LE CRC-32C][type][fields]</c>, where length counts type and fields and the
/// CRC covers the length bytes, type and fields. Integers are LEB128 varints, strings and byte
/// strings a varint length then the bytes. Reused across batches, so steady state allocates nothing.
/// </summary>
internal sealed class JournalRecordWriter
{
    public const int HeaderLength = 8;

    private byte[] _buffer;
    private int _length;
    private int _recordStart = -1;

    public JournalRecordWriter(int initialCapacity = 4096) => _buffer = new byte[initialCapacity];

    public int Length => _length;

    public int Capacity => _buffer.Length;

    public ReadOnlySpan<byte> WrittenSpan => _buffer.AsSpan(0, _length);

    public ReadOnlyMemory<byte> WrittenMemory => _buffer.AsMemory(0, _length);

    public void Reset(int maxRetainedCapacity = 16 << 20)
    {
        _length = 0;
        _recordStart = -1;
        if (_buffer.Length > maxRetainedCapacity)
        {
            // One burst must not pin a huge buffer for the life of the store.
            _buffer = new byte[4096];
        }
    }

    public void BeginRecord(JournalRecordType type)
    {
        Ensure(HeaderLength + 1);
        _recordStart = _length;
        _length += HeaderLength;
        _buffer[_length++] = (byte)type;
    }

    public void EndRecord()
    {
        var frame = _buffer.AsSpan(_recordStart, _length - _recordStart);
        BinaryPrimitives.WriteUInt32LittleEndian(frame, (uint)(frame.Length - HeaderLength));
        var crc = Crc32C.Append(~0u, frame[..4]);
        crc = ~Crc32C.Append(crc, frame[HeaderLength..]);
        BinaryPrimitives.WriteUInt32LittleEndian(frame[4..], crc);
        _recordStart = -1;
    }

    /// <summary>Drops a record begun but not ended (encoding threw), leaving the buffer as it was.</summary>
    public void AbandonRecord()
    {
        if (_recordStart >= 0)
        {
            _length = _recordStart;
            _recordStart = -1;
        }
    }

    public void WriteByte(byte value)
    {
        Ensure(1);
        _buffer[_length++] = value;
    }

    public void WriteUInt16(ushort value)
    {
        Ensure(2);
        BinaryPrimitives.WriteUInt16LittleEndian(_buffer.AsSpan(_length), value);
        _length += 2;
    }

    public void WriteInt64(long value)
    {
        Ensure(8);
        BinaryPrimitives.WriteInt64LittleEndian(_buffer.AsSpan(_length), value);
        _length += 8;
    }

    public void WriteVarUInt(ulong value)
    {
        Ensure(10);
        while (value >= 0x80)
        {
            _buffer[_length++] = (byte)(value | 0x80);
            value >>= 7;
        }

        _buffer[_length++] = (byte)value;
    }

    public void WriteString(string value)
    {
        var byteCount = Encoding.UTF8.GetByteCount(value);
        WriteVarUInt((uint)byteCount);
        Ensure(byteCount);
        _length += Encoding.UTF8.GetBytes(value, _buffer.AsSpan(_length));
    }

    public void WriteBytes(ReadOnlySpan<byte> value)
    {
        WriteVarUInt((uint)value.Length);
        WriteRaw(value);
    }

    public void WriteRaw(ReadOnlySpan<byte> value)
    {
        Ensure(value.Length);
        value.CopyTo(_buffer.AsSpan(_length));
        _length += value.Length;
    }

    /// <summary>The bytes written since <paramref name="start"/>, copied (to keep a message body).</summary>
    public byte[] CopyFrom(int start) => _buffer.AsSpan(start, _length - start).ToArray();

    private void Ensure(int count)
    {
        if (_buffer.Length - _length >= count)
        {
            return;
        }

        var size = Math.Max(_buffer.Length * 2L, (long)_length + count);
        if (size > Array.MaxLength)
        {
            size = Math.Max(Array.MaxLength, _length + count);
        }

        Array.Resize(ref _buffer, (int)size);
    }
}
