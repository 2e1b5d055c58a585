using System.Buffers.Binary;
using Microsoft.Win32.SafeHandles;

namespace AiotHub.Mqtt.Broker.Persistence;

/// <summary>
/// Reads the frames of a journal or snapshot file in order, checking each length and CRC, and
/// stops at the first frame that is incomplete or damaged. <see cref="GoodLength"/> is then where
/// the valid prefix ends: the place to truncate a torn tail.
/// </summary>
internal sealed class JournalFileReader
{
    /// <summary>Larger than any MQTT packet (256 MB); anything longer is garbage, not a record.</summary>
    public const int MaxRecordLength = 300 << 20;

    private readonly SafeFileHandle _handle;
    private readonly long _fileLength;
    private byte[] _buffer = new byte[64 << 10];
    private int _start;
    private int _end;

    public JournalFileReader(SafeFileHandle handle)
    {
        _handle = handle;
        _fileLength = RandomAccess.GetLength(handle);
    }

    public long FileLength => _fileLength;

    /// <summary>Bytes from the start of the file up to the end of the last good record read.</summary>
    public long GoodLength { get; private set; }

    /// <summary>
    /// The next record; false at the end of the file or at a damaged record. <paramref name="fields"/>
    /// is only valid until the next call.
    /// </summary>
    public bool TryReadNext(out JournalRecordType type, out ReadOnlySpan<byte> fields)
    {
        type = default;
        fields = default;
        if (!Fill(JournalRecordWriter.HeaderLength))
        {
            return false;
        }

        var header = _buffer.AsSpan(_start, JournalRecordWriter.HeaderLength);
        var length = BinaryPrimitives.ReadUInt32LittleEndian(header);
        if (length == 0 || length > MaxRecordLength || GoodLength + JournalRecordWriter.HeaderLength + length > _fileLength)
        {
            return false;
        }

        var frameLength = JournalRecordWriter.HeaderLength + (int)length;
        if (!Fill(frameLength))
        {
            return false;
        }

        var frame = _buffer.AsSpan(_start, frameLength);
        var crc = Crc32C.Append(~0u, frame[..4]);
        crc = ~Crc32C.Append(crc, frame[JournalRecordWriter.HeaderLength..]);
        if (crc != BinaryPrimitives.ReadUInt32LittleEndian(frame[4..]))
        {
            return false;
        }

        type = (JournalRecordType)frame[JournalRecordWriter.HeaderLength];
        fields = frame[(JournalRecordWriter.HeaderLength + 1)..];
        _start += frameLength;
        GoodLength += frameLength;
        return true;
    }

    private bool Fill(int needed)
    {
        if (_end - _start >= needed)
        {
            return true;
        }

        var buffered = _end - _start;
        if (needed > _buffer.Length)
        {
            var bigger = new byte[Math.Max(needed, _buffer.Length * 2)];
            _buffer.AsSpan(_start, buffered).CopyTo(bigger);
            _buffer = bigger;
        }
        else
        {
            _buffer.AsSpan(_start, buffered).CopyTo(_buffer);
        }

        _start = 0;
        _end = buffered;
        while (_end < needed)
        {
            var read = RandomAccess.Read(_handle, _buffer.AsSpan(_end), GoodLength + _end);
            if (read <= 0)
            {
                return false;
            }

            _end += read;
        }

        return true;
    }
}
