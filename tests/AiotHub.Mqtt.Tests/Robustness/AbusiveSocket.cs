using System.Buffers;
using System.Net;
using System.Net.Sockets;
using AiotHub.Mqtt.Formatter;
using AiotHub.Mqtt.Packets;
using AiotHub.Mqtt.Protocol;

namespace AiotHub.Mqtt.Tests.Robustness;

/// <summary>
/// A bare TCP socket for abuse: it sends exactly the bytes it is given, can half-close (FIN) or
/// reset (RST, linger 0), and collects whatever the broker sends until it closes.
/// </summary>
internal sealed class AbusiveSocket : IDisposable
{
    private readonly Socket _socket;

    private AbusiveSocket(Socket socket) => _socket = socket;

    public static async Task<AbusiveSocket> OpenAsync(IPEndPoint endPoint, CancellationToken cancellationToken)
    {
        var socket = new Socket(endPoint.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(endPoint, cancellationToken);
            return new AbusiveSocket(socket);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    /// <summary>Sends the bytes; false when the broker has already closed the connection.</summary>
    public async Task<bool> SendAsync(ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken)
    {
        try
        {
            while (!bytes.IsEmpty)
            {
                var sent = await _socket.SendAsync(bytes, SocketFlags.None, cancellationToken);
                bytes = bytes[sent..];
            }

            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    /// <summary>FIN: the broker reads end-of-stream but can still write to us.</summary>
    public void HalfClose()
    {
        try
        {
            _socket.Shutdown(SocketShutdown.Send);
        }
        catch (SocketException)
        {
            // Already reset by the broker.
        }
    }

    /// <summary>RST: an abrupt end, as from a crashed device or a pulled cable noticed late.</summary>
    public void Reset()
    {
        _socket.LingerState = new LingerOption(true, 0);
        _socket.Close();
    }

    /// <summary>Everything the broker sends until it closes; throws TimeoutException when it does not close in time.</summary>
    public async Task<byte[]> ReadUntilClosedAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        cts.CancelAfter(timeout);
        var received = new ArrayBufferWriter<byte>();
        try
        {
            while (true)
            {
                var memory = received.GetMemory(4096);
                var count = await _socket.ReceiveAsync(memory, SocketFlags.None, cts.Token);
                if (count == 0)
                {
                    return received.WrittenSpan.ToArray();
                }

                received.Advance(count);
            }
        }
        catch (SocketException)
        {
            // Reset by the broker: it closed without a graceful FIN.
            return received.WrittenSpan.ToArray();
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"The broker did not close the connection within {timeout}.");
        }
    }

    /// <summary>Decodes what the broker sent; a trailing partial packet fails the test.</summary>
    public static List<MqttPacket> Decode(byte[] bytes, MqttProtocolVersion version)
    {
        var packets = new List<MqttPacket>();
        var buffer = new ReadOnlySequence<byte>(bytes);
        while (MqttPacketReader.TryRead(ref buffer, version, MqttBrokerOptionsLimit, out var packet))
        {
            packets.Add(packet);
        }

        Assert.True(buffer.IsEmpty, $"{buffer.Length} bytes of an incomplete packet at the end of what the broker sent");
        return packets;
    }

    public void Dispose() => _socket.Dispose();

    private const int MqttBrokerOptionsLimit = 268_435_460;
}
