using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;

namespace AiotHub.Benchmarks.Load;

/// <summary>What the receive loop hands to a scenario: one packet, its body valid only during the call.</summary>
internal delegate void LoadPacketHandler(byte header, ReadOnlySpan<byte> body);

/// <summary>
/// A raw MQTT 3.1.1 connection for load: blocking-free sends of pre-encoded bytes and a receive
/// loop that frames packets without allocating. Cheap enough that the broker, not the generator,
/// is what a run measures.
/// </summary>
internal sealed class LoadConnection : IAsyncDisposable
{
    private readonly Socket _socket;
    private readonly byte[] _receiveBuffer = new byte[64 * 1024];
    private readonly Lock _sendLock = new();

    private LoadConnection(Socket socket) => _socket = socket;

    public static async Task<LoadConnection> ConnectAsync(IPEndPoint broker, string clientId, CancellationToken cancellationToken,
        ushort keepAliveSeconds = 600, bool cleanSession = true)
    {
        var socket = new Socket(broker.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(broker, cancellationToken);
            var connection = new LoadConnection(socket);
            await connection.SendAsync(LoadPackets.Connect(clientId, keepAliveSeconds, cleanSession), cancellationToken);
            var connAck = await connection.ReceiveOneAsync(cancellationToken);
            if (connAck.Header >> 4 != 2 || connAck.Body.Length < 2 || connAck.Body[1] != 0)
            {
                throw new InvalidOperationException($"Broker refused CONNECT of {clientId}.");
            }

            return connection;
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    public async Task SubscribeAsync(string filter, byte qos, CancellationToken cancellationToken)
    {
        await SendAsync(LoadPackets.Subscribe(1, filter, qos), cancellationToken);
        var subAck = await ReceiveOneAsync(cancellationToken);
        if (subAck.Header >> 4 != 9 || subAck.Body.Length < 3 || subAck.Body[2] >= 0x80)
        {
            throw new InvalidOperationException($"Broker refused SUBSCRIBE {filter}.");
        }
    }

    public async ValueTask SendAsync(ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken)
    {
        while (!bytes.IsEmpty)
        {
            var sent = await _socket.SendAsync(bytes, SocketFlags.None, cancellationToken);
            bytes = bytes[sent..];
        }
    }

    /// <summary>Sends on the calling thread, blocking; safe from several threads (one packet at a time).</summary>
    public void Send(ReadOnlySpan<byte> bytes)
    {
        lock (_sendLock)
        {
            while (!bytes.IsEmpty)
            {
                bytes = bytes[_socket.Send(bytes, SocketFlags.None)..];
            }
        }
    }

    /// <summary>
    /// Receives on the calling thread — a dedicated one — with blocking reads, framing packets, until the peer closes
    /// or the socket is disposed: no thread pool between the socket and the handler, as on a device's own loop.
    /// </summary>
    public void ReceiveBlocking(LoadPacketHandler handler)
    {
        var filled = 0;
        try
        {
            while (true)
            {
                var read = _socket.Receive(_receiveBuffer.AsSpan(filled), SocketFlags.None);
                if (read == 0)
                {
                    return;
                }

                filled += read;
                var consumed = Frame(_receiveBuffer.AsSpan(0, filled), handler);
                filled -= consumed;
                _receiveBuffer.AsSpan(consumed, filled).CopyTo(_receiveBuffer);
            }
        }
        catch (SocketException)
        {
        }
        catch (ObjectDisposedException)
        {
        }
    }

    /// <summary>Receives until the peer closes or <paramref name="cancellationToken"/> fires, framing packets.</summary>
    public async Task ReceiveLoopAsync(LoadPacketHandler handler, Func<ValueTask>? afterBatch, CancellationToken cancellationToken)
    {
        var filled = 0;
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                var read = await _socket.ReceiveAsync(_receiveBuffer.AsMemory(filled), SocketFlags.None, cancellationToken);
                if (read == 0)
                {
                    return;
                }

                filled += read;
                var consumed = Frame(_receiveBuffer.AsSpan(0, filled), handler);
                filled -= consumed;
                _receiveBuffer.AsSpan(consumed, filled).CopyTo(_receiveBuffer);
                if (afterBatch is not null)
                {
                    await afterBatch();
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (SocketException)
        {
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await _socket.SendAsync(LoadPackets.Disconnect, SocketFlags.None);
        }
        catch (SocketException)
        {
        }
        catch (ObjectDisposedException)
        {
        }

        _socket.Dispose();
    }

    private static int Frame(ReadOnlySpan<byte> data, LoadPacketHandler handler)
    {
        var offset = 0;
        while (TryFrame(data[offset..], out var header, out var bodyStart, out var bodyLength))
        {
            handler(header, data.Slice(offset + bodyStart, bodyLength));
            offset += bodyStart + bodyLength;
        }

        return offset;
    }

    private static bool TryFrame(ReadOnlySpan<byte> data, out byte header, out int bodyStart, out int bodyLength)
    {
        header = 0;
        bodyStart = 0;
        bodyLength = 0;
        if (data.Length < 2)
        {
            return false;
        }

        header = data[0];
        var multiplier = 1;
        for (var i = 1; i < 5; i++)
        {
            if (i >= data.Length)
            {
                return false;
            }

            bodyLength += (data[i] & 0x7F) * multiplier;
            multiplier *= 128;
            if ((data[i] & 0x80) == 0)
            {
                bodyStart = i + 1;
                return data.Length - bodyStart >= bodyLength;
            }
        }

        throw new InvalidDataException("Remaining length longer than four bytes.");
    }

    private async Task<(byte Header, byte[] Body)> ReceiveOneAsync(CancellationToken cancellationToken)
    {
        var filled = 0;
        while (true)
        {
            var read = await _socket.ReceiveAsync(_receiveBuffer.AsMemory(filled), SocketFlags.None, cancellationToken);
            if (read == 0)
            {
                throw new InvalidOperationException("Broker closed the connection.");
            }

            filled += read;
            if (TryFrame(_receiveBuffer.AsSpan(0, filled), out var header, out var start, out var length))
            {
                // Handshake replies are answered one at a time, so nothing follows them yet.
                return (header, _receiveBuffer.AsSpan(start, length).ToArray());
            }
        }
    }

    /// <summary>Reads the big-endian packet id at <paramref name="offset"/> of a body.</summary>
    public static ushort ReadUInt16(ReadOnlySpan<byte> body, int offset) => BinaryPrimitives.ReadUInt16BigEndian(body[offset..]);
}
