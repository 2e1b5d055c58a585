using AiotHub.Mqtt.Packets;
using AiotHub.Mqtt.Protocol;
using AiotHub.Mqtt.Tests.Formatter;

namespace AiotHub.Mqtt.Tests.Robustness;

/// <summary>
/// Every prefix of every valid packet, then the peer goes away (FIN or RST): the broker answers
/// nothing for the partial packet, closes, and keeps no connection or session behind.
/// </summary>
public sealed class TruncatedPacketTests
{
    private static readonly TimeSpan CloseWithin = TimeSpan.FromSeconds(10);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(MqttProtocolVersion.V311, RandomBytesTests.Ending.HalfClose)]
    [InlineData(MqttProtocolVersion.V311, RandomBytesTests.Ending.Reset)]
    [InlineData(MqttProtocolVersion.V500, RandomBytesTests.Ending.HalfClose)]
    [InlineData(MqttProtocolVersion.V500, RandomBytesTests.Ending.Reset)]
    public async Task EveryPrefixOfEveryPacketFollowedByAClosedSocketLeavesNothingBehind(MqttProtocolVersion version,
        RandomBytesTests.Ending ending)
    {
        await using var broker = await AbusedBroker.StartAsync(version, null, Token);
        var samples = PacketSamples.For(version);
        var cases = new List<(bool AfterConnect, byte[] Prefix)>();
        foreach (var (name, sample) in samples)
        {
            var bytes = Codec.Encode(sample(), version);
            var isConnect = name.StartsWith("Connect", StringComparison.Ordinal);
            for (var length = isConnect ? 0 : 1; length < bytes.Length; length++)
            {
                cases.Add((!isConnect, bytes[..length]));
            }
        }

        var options = new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = Token };
        await Parallel.ForEachAsync(cases, options, async (c, ct) =>
        {
            using var socket = await AbusiveSocket.OpenAsync(broker.EndPoint, ct);
            if (c.AfterConnect)
            {
                var connect = new MqttConnectPacket { ProtocolVersion = version, ClientId = "truncated-" + Guid.NewGuid().ToString("N") };
                await socket.SendAsync(Codec.Encode(connect, version), ct);
            }

            await socket.SendAsync(c.Prefix, ct);
            if (ending == RandomBytesTests.Ending.Reset)
            {
                socket.Reset();
                return;
            }

            socket.HalfClose();
            var packets = AbusiveSocket.Decode(await socket.ReadUntilClosedAsync(CloseWithin, ct), version);
            if (c.AfterConnect)
            {
                // The CONNACK, and nothing for the partial packet: the peer ended the connection, not the broker.
                Assert.Equal(MqttReasonCode.Success, Assert.IsType<MqttConnAckPacket>(Assert.Single(packets)).ReasonCode);
            }
            else
            {
                Assert.Empty(packets);
            }
        });

        await broker.AssertStillServingAsync(Token);
        Assert.Equal(1, broker.Broker.SessionCount); // the canary's: clean sessions end with their connection
        Assert.Equal(1, broker.Broker.SubscriptionCount);
        TestContext.Current.TestOutputHelper?.WriteLine($"{cases.Count} truncated packets");
    }
}
