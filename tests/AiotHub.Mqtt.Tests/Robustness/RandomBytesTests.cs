using AiotHub.Mqtt.Packets;
using AiotHub.Mqtt.Protocol;
using AiotHub.Mqtt.Tests.Formatter;
using FsCheck;
using FsCheck.Fluent;

namespace AiotHub.Mqtt.Tests.Robustness;

/// <summary>
/// "The hub never crashes on a malformed packet": arbitrary bytes, before or after a valid CONNECT,
/// end in the broker closing that one connection (or waiting for more until the peer goes away),
/// with only well-formed packets sent back, never an exception out of its loops.
/// </summary>
public sealed class RandomBytesTests
{
    private static readonly Config Runs = Config.QuickThrowOnFailure.WithMaxTest(300);
    private static readonly TimeSpan CloseWithin = TimeSpan.FromSeconds(10);

    private static readonly Gen<byte> Bytes = Gen.Choose(0, 255).Select(b => (byte)b);

    private static readonly Gen<byte[]> AnyBytes = Gen.Choose(0, 300).SelectMany(n => Gen.ArrayOf(Bytes, n));

    /// <summary>A packet type byte and an honest one-byte length: the decoders get exercised, not just the framing.</summary>
    private static readonly Gen<byte[]> PlausiblePackets =
        from count in Gen.Choose(1, 4)
        from packets in Gen.ArrayOf(
            from header in Bytes
            from body in Gen.Choose(0, 60).SelectMany(n => Gen.ArrayOf(Bytes, n))
            select (byte[])[header, (byte)body.Length, .. body], count)
        select packets.SelectMany(p => p).ToArray();

    /// <summary>A CONNECT header and protocol name, then random bytes: reaches the CONNECT decoder.</summary>
    private static readonly Gen<byte[]> PlausibleConnects =
        from level in Gen.Elements((byte)3, (byte)4, (byte)5, (byte)6)
        from rest in Gen.Choose(0, 60).SelectMany(n => Gen.ArrayOf(Bytes, n))
        select (byte[])[0x10, (byte)(7 + rest.Length), 0x00, 0x04, (byte)'M', (byte)'Q', (byte)'T', (byte)'T', level, .. rest];

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public enum Ending
    {
        HalfClose,
        Reset,
    }

    [Theory]
    [InlineData(MqttProtocolVersion.V311)]
    [InlineData(MqttProtocolVersion.V500)]
    public async Task ArbitraryBytesInsteadOfAConnectCloseOnlyThatConnection(MqttProtocolVersion canaryVersion)
    {
        await using var broker = await AbusedBroker.StartAsync(canaryVersion, null, Token);
        var inputs = Gen.OneOf(AnyBytes, PlausiblePackets, PlausibleConnects);
        var property = Prop.ForAll(Arb.From(inputs), Arb.From(Gen.Elements(Ending.HalfClose, Ending.Reset)),
            (bytes, ending) => SendBeforeConnectAsync(broker, bytes, ending).GetAwaiter().GetResult());

        // Off the test's synchronization context: the property blocks on network I/O.
        await Task.Run(() => Check.One(Runs, property), Token);
        await broker.AssertStillServingAsync(Token);
    }

    [Theory]
    [InlineData(MqttProtocolVersion.V311)]
    [InlineData(MqttProtocolVersion.V500)]
    public async Task ArbitraryBytesAfterAValidConnectCloseOnlyThatConnection(MqttProtocolVersion version)
    {
        await using var broker = await AbusedBroker.StartAsync(version, null, Token);
        var valid = PacketSamples.For(version)
            .Where(s => !s.Key.StartsWith("Conn", StringComparison.Ordinal))
            .Select(s => Codec.Encode(s.Value(), version)).ToArray();
        var mutants =
            from original in Gen.Elements(valid)
            from count in Gen.Choose(1, 3)
            from positions in Gen.ArrayOf(Gen.Choose(0, original.Length - 1), count)
            from values in Gen.ArrayOf(Bytes, count)
            select Mutate(original, positions, values);
        var inputs = Gen.OneOf(AnyBytes, PlausiblePackets, mutants);
        var property = Prop.ForAll(Arb.From(inputs), Arb.From(Gen.Elements(Ending.HalfClose, Ending.Reset)),
            (bytes, ending) => SendAfterConnectAsync(broker, version, bytes, ending).GetAwaiter().GetResult());

        await Task.Run(() => Check.One(Runs, property), Token);
        await broker.AssertStillServingAsync(Token);
    }

    private static async Task SendBeforeConnectAsync(AbusedBroker broker, byte[] bytes, Ending ending)
    {
        using var socket = await AbusiveSocket.OpenAsync(broker.EndPoint, Token);
        await socket.SendAsync(bytes, Token);
        if (ending == Ending.Reset)
        {
            socket.Reset();
            return;
        }

        socket.HalfClose();
        var reply = await socket.ReadUntilClosedAsync(CloseWithin, Token);

        // §3.2: whatever the broker answers starts with CONNACK (a refusal, or acceptance of a valid CONNECT by chance).
        if (reply.Length > 0)
        {
            Assert.True(reply[0] == 0x20, $"reply starts with 0x{reply[0]:X2}");
        }
    }

    private static async Task SendAfterConnectAsync(AbusedBroker broker, MqttProtocolVersion version, byte[] bytes, Ending ending)
    {
        using var socket = await AbusiveSocket.OpenAsync(broker.EndPoint, Token);
        var connect = new MqttConnectPacket { ProtocolVersion = version, ClientId = "random-" + Guid.NewGuid().ToString("N") };
        await socket.SendAsync(Codec.Encode(connect, version), Token);
        await socket.SendAsync(bytes, Token);
        if (ending == Ending.Reset)
        {
            socket.Reset();
            return;
        }

        socket.HalfClose();
        var packets = AbusiveSocket.Decode(await socket.ReadUntilClosedAsync(CloseWithin, Token), version);
        Assert.Equal(MqttReasonCode.Success, Assert.IsType<MqttConnAckPacket>(packets[0]).ReasonCode);
        Assert.DoesNotContain(packets.Skip(1), p => p is MqttConnAckPacket);
        var disconnects = packets.FindAll(p => p is MqttDisconnectPacket);
        if (version == MqttProtocolVersion.V311)
        {
            Assert.Empty(disconnects); // 3.1.1 servers never send DISCONNECT: they just close.
        }
        else if (disconnects.Count > 0)
        {
            // §4.13.1: a reason code of 0x80 or more, and nothing after it (§4.13.2).
            var disconnect = (MqttDisconnectPacket)Assert.Single(disconnects);
            Assert.Same(disconnect, packets[^1]);
            Assert.True(disconnect.ReasonCode >= MqttReasonCode.UnspecifiedError, disconnect.ReasonCode.ToString());
        }
    }

    private static byte[] Mutate(byte[] original, int[] positions, byte[] values)
    {
        var bytes = original.ToArray();
        for (var i = 0; i < positions.Length; i++)
        {
            bytes[positions[i]] = values[i];
        }

        return bytes;
    }
}
