using System.Buffers.Binary;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;

namespace AiotHub.Gateway.Tests.Events;

/// <summary>
/// The event stream's WebSocket against a raw TCP client that breaks RFC 6455, on the real hub
/// process: the hub fails the connection with the close code the RFC names, then closes the socket.
/// </summary>
public sealed class WebSocketFramesTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string, byte[], int> BadFrames => new()
    {
        // §5.1: a client's frames are masked; this text frame "hello" is not.
        { "unmasked", [0x81, 0x05, .. "hello"u8], 1002 },
        // §5.2: a binary frame declaring 2^62 bytes (64-bit length, masked), of which none follow.
        { "2^62 bytes", [0x82, 0xFF, .. BigEndian(1UL << 62), 1, 2, 3, 4], 1009 },
        // A frame just over the API's body limit (64 KiB).
        { "64 KiB + 1", [0x82, 0xFF, .. BigEndian(64 * 1024 + 1), 1, 2, 3, 4], 1009 },
        // §5.2: the most significant bit of a 64-bit length must be 0.
        { "2^63 bytes", [0x82, 0xFF, .. BigEndian(1UL << 63), 1, 2, 3, 4], 1002 },
    };

    [Theory]
    [MemberData(nameof(BadFrames))]
    public async Task AFrameBreakingTheProtocolClosesTheConnectionWithItsCode(string what, byte[] frame, int expectedCode)
    {
        await using var hub = GatewayProcess.Start();
        using var owner = await hub.CreateOwnerClientAsync(Ct);
        var token = owner.DefaultRequestHeaders.Authorization!.Parameter!;
        using var tcp = new TcpClient();
        await tcp.ConnectAsync("127.0.0.1", hub.HttpPort, Ct);
        var stream = tcp.GetStream();
        await UpgradeAsync(stream, $"/api/v1/homes/home/events/ws?access_token={Uri.EscapeDataString(token)}");

        await stream.WriteAsync(frame, Ct);

        using var limit = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        limit.CancelAfter(Patience);
        var (code, reason) = await ReadCloseFrameAsync(stream, limit.Token);
        Assert.True(code == expectedCode, $"{what}: close {code} '{reason}', expected {expectedCode}");
        // RFC 6455 §7.1.7: after failing the connection the server closes the TCP connection.
        Assert.Equal(0, await stream.ReadAsync(new byte[16], limit.Token));
    }

    [Fact]
    public async Task AWellFormedMaskedCloseIsAnsweredWithANormalClose()
    {
        await using var hub = GatewayProcess.Start();
        using var owner = await hub.CreateOwnerClientAsync(Ct);
        var token = owner.DefaultRequestHeaders.Authorization!.Parameter!;
        using var tcp = new TcpClient();
        await tcp.ConnectAsync("127.0.0.1", hub.HttpPort, Ct);
        var stream = tcp.GetStream();
        await UpgradeAsync(stream, $"/api/v1/homes/home/events/ws?access_token={Uri.EscapeDataString(token)}");

        // A masked ping, then a masked close 1000: both fine.
        byte[] mask = [9, 8, 7, 6];
        byte[] ping = [0x89, 0x80, .. mask];
        await stream.WriteAsync(ping, Ct);
        byte[] close = [0x88, 0x82, .. mask, 0x03 ^ 9, 0xE8 ^ 8];
        await stream.WriteAsync(close, Ct);

        using var limit = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        limit.CancelAfter(Patience);
        Assert.Equal(1000, (await ReadCloseFrameAsync(stream, limit.Token)).Code);
    }

    private static byte[] BigEndian(ulong value)
    {
        var bytes = new byte[8];
        BinaryPrimitives.WriteUInt64BigEndian(bytes, value);
        return bytes;
    }

    private static async Task UpgradeAsync(NetworkStream stream, string path)
    {
        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));
        var request = $"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request), Ct);
        var response = new StringBuilder();
        var one = new byte[1];
        while (!response.ToString().EndsWith("\r\n\r\n", StringComparison.Ordinal))
        {
            Assert.Equal(1, await stream.ReadAsync(one, Ct));
            response.Append((char)one[0]);
        }

        Assert.StartsWith("HTTP/1.1 101", response.ToString(), StringComparison.Ordinal);
    }

    /// <summary>Reads the server's frames (unmasked) until its close frame; returns its status code and reason.</summary>
    private static async Task<(int Code, string Reason)> ReadCloseFrameAsync(NetworkStream stream, CancellationToken cancellationToken)
    {
        while (true)
        {
            var head = new byte[2];
            await stream.ReadExactlyAsync(head, cancellationToken);
            long length = head[1] & 0x7F;
            if (length == 126)
            {
                var extended = new byte[2];
                await stream.ReadExactlyAsync(extended, cancellationToken);
                length = BinaryPrimitives.ReadUInt16BigEndian(extended);
            }
            else if (length == 127)
            {
                var extended = new byte[8];
                await stream.ReadExactlyAsync(extended, cancellationToken);
                length = (long)BinaryPrimitives.ReadUInt64BigEndian(extended);
            }

            var payload = new byte[length];
            await stream.ReadExactlyAsync(payload, cancellationToken);
            if ((head[0] & 0x0F) == 0x8)
                return (payload.Length >= 2 ? BinaryPrimitives.ReadUInt16BigEndian(payload) : 1005, Encoding.UTF8.GetString(payload.AsSpan(Math.Min(2, payload.Length))));
        }
    }
}
