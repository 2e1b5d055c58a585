using System.Buffers.Binary;
using System.Net.WebSockets;
using System.Text;

namespace AiotHub.Gateway.Events;

/// <summary>
/// The upgraded connection under a server-side WebSocket, checking each client frame's header as it
/// is read — what .NET's ManagedWebSocket does not do on the server: it accepts unmasked client frames
/// and streams a frame of any declared length (2^62 bytes) to the application. Here the connection
/// is failed at the header (RFC 6455 §7.1.7): an unmasked frame with 1002 Protocol error (§5.1: "a
/// server MUST close the connection upon receiving a frame that is not masked"), a frame or message
/// longer than the limit with 1009 Message too big (§7.4.1). The close frame is written between two of
/// the socket's own frames (writes are serialised here); the socket above then reads a close frame
/// with the same code in place of the bad one, so it ends as after any close — the application
/// returns and the server closes the TCP connection first, with a FIN (§7.1.1), not a reset — and
/// whatever it writes after that is dropped: the client has had its close frame.
/// </summary>
internal sealed class WebSocketFrameGuard(Stream inner, long maxMessageBytes) : Stream
{
    private const int MaxHeaderLength = 14;
    private readonly SemaphoreSlim _writing = new(1, 1);
    private readonly byte[] _header = new byte[MaxHeaderLength];
    private int _headerFilled;
    private long _payloadLeft;
    private long _messageLength;
    private bool _failed;
    private byte[] _closeForSocket = [];
    private int _closeForSocketRead;

    /// <summary>Why the connection was failed (null while it is fine): the close status sent.</summary>
    public WebSocketCloseStatus? Failure { get; private set; }

    public override bool CanRead => true;

    public override bool CanWrite => true;

    public override bool CanSeek => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (!_failed)
        {
            var read = await inner.ReadAsync(buffer, cancellationToken);
            if (Check(buffer.Span[..read]) is not { } failure)
                return read;
            await FailAsync(failure.Status, failure.Reason, cancellationToken);
        }

        // The close frame the socket above reads in place of the bad frame, then end of stream.
        var count = Math.Min(buffer.Length, _closeForSocket.Length - _closeForSocketRead);
        _closeForSocket.AsSpan(_closeForSocketRead, count).CopyTo(buffer.Span);
        _closeForSocketRead += count;
        return count;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer, offset, count).GetAwaiter().GetResult();

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        await _writing.WaitAsync(cancellationToken);
        try
        {
            if (!_failed)
                await inner.WriteAsync(buffer, cancellationToken);
        }
        finally
        {
            _writing.Release();
        }
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Write(byte[] buffer, int offset, int count) => WriteAsync(buffer, offset, count).GetAwaiter().GetResult();

    public override Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);

    public override void Flush() => inner.Flush();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
            _writing.Dispose();
        }

        base.Dispose(disposing);
    }

    public override async ValueTask DisposeAsync()
    {
        await inner.DisposeAsync();
        _writing.Dispose();
        await base.DisposeAsync();
    }

    /// <summary>Walks the bytes just read through the frames: headers are checked, payloads skipped.</summary>
    private (WebSocketCloseStatus Status, string Reason)? Check(ReadOnlySpan<byte> bytes)
    {
        while (!bytes.IsEmpty)
        {
            if (_payloadLeft > 0)
            {
                var skip = (int)Math.Min(_payloadLeft, bytes.Length);
                _payloadLeft -= skip;
                bytes = bytes[skip..];
                continue;
            }

            _header[_headerFilled++] = bytes[0];
            bytes = bytes[1..];
            if (_headerFilled < 2 || _headerFilled < HeaderLength())
                continue;
            if (CheckHeader() is { } failure)
                return failure;
            _headerFilled = 0;
        }

        return null;
    }

    // RFC 6455 §5.2: 2 bytes, then 2 or 8 bytes of extended length, then the 4-byte mask when masked.
    private int HeaderLength() =>
        2 + (_header[1] & 0x7F) switch { 126 => 2, 127 => 8, _ => 0 } + ((_header[1] & 0x80) != 0 ? 4 : 0);

    private (WebSocketCloseStatus, string)? CheckHeader()
    {
        if ((_header[1] & 0x80) == 0)
            return (WebSocketCloseStatus.ProtocolError, "client frames must be masked");
        var length = (_header[1] & 0x7F) switch
        {
            126 => BinaryPrimitives.ReadUInt16BigEndian(_header.AsSpan(2)),
            127 => BinaryPrimitives.ReadUInt64BigEndian(_header.AsSpan(2)),
            var small => (ulong)small,
        };
        if (length > long.MaxValue)
            return (WebSocketCloseStatus.ProtocolError, "the most significant bit of a 64-bit length must be 0");
        var opcode = _header[0] & 0x0F;
        var final = (_header[0] & 0x80) != 0;
        // Control frames (opcode 8 and up) sit between a message's fragments and are checked by the socket itself.
        if (opcode < 8)
        {
            var soFar = opcode == 0 ? _messageLength : 0;
            if (length > (ulong)maxMessageBytes || (ulong)soFar + length > (ulong)maxMessageBytes)
                return (WebSocketCloseStatus.MessageTooBig, $"messages are at most {maxMessageBytes} bytes");
            _messageLength = final ? 0 : soFar + (long)length;
        }
        else if (length > 125)
        {
            return (WebSocketCloseStatus.ProtocolError, "a control frame carries at most 125 bytes");
        }

        _payloadLeft = (long)length;
        return null;
    }

    private async Task FailAsync(WebSocketCloseStatus status, string reason, CancellationToken cancellationToken)
    {
        await _writing.WaitAsync(cancellationToken);
        try
        {
            if (_failed)
                return;
            _failed = true;
            Failure = status;
            // Masked (with a zero mask) as a client's frame is; no reason, so it fits any read buffer.
            _closeForSocket = [0x88, 0x82, 0, 0, 0, 0, (byte)((int)status >> 8), (byte)status];
            var text = Encoding.UTF8.GetBytes(reason);
            var frame = new byte[4 + text.Length];
            frame[0] = 0x88; // FIN, close
            frame[1] = (byte)(2 + text.Length); // unmasked: a server's frames are not masked
            BinaryPrimitives.WriteUInt16BigEndian(frame.AsSpan(2), (ushort)status);
            text.CopyTo(frame, 4);
            try
            {
                await inner.WriteAsync(frame, cancellationToken);
                await inner.FlushAsync(cancellationToken);
            }
            catch (IOException)
            {
                // The client is gone already: nothing left to tell it.
            }
        }
        finally
        {
            _writing.Release();
        }
    }
}
