using AiotHub.Mqtt.Formatter;
using AiotHub.Mqtt.Packets;
using AiotHub.Mqtt.Protocol;
using AiotHub.Mqtt.Tests.Broker;

namespace AiotHub.Mqtt.Tests.Robustness;

/// <summary>
/// A packet declaring more than <see cref="AiotHub.Mqtt.Broker.MqttBrokerOptions.MaximumPacketSize"/>
/// is refused on its fixed header (MQTT 5.0 §3.1.2.11.4: DISCONNECT 0x95; 3.1.1: close), before a
/// byte of its body is buffered: a client cannot make the broker reserve what it merely announces.
/// </summary>
[Collection(nameof(MemoryMeasurementCollection))]
public sealed class OversizedPacketTests
{
    /// <summary>Generous: the broker must not buffer the declared size, a few buffers are fine.</summary>
    private const long MemoryBound = 8 * 1024 * 1024;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(MqttProtocolVersion.V311, 200_000_000)]
    [InlineData(MqttProtocolVersion.V311, MqttVariableByteInteger.MaxValue)]
    [InlineData(MqttProtocolVersion.V500, 200_000_000)]
    [InlineData(MqttProtocolVersion.V500, MqttVariableByteInteger.MaxValue)]
    public async Task PublishDeclaringMoreThanTheMaximumIsRefusedOnItsHeader(MqttProtocolVersion version, int declared)
    {
        await using var broker = await AbusedBroker.StartAsync(version, null, Token);
        await using var client = await RawMqttClient.ConnectAsync(broker.EndPoint, "big", version, cancellationToken: Token);
        var (retainedBefore, allocatedBefore) = MeasureMemory();

        // The fixed header and the first bytes of a topic: the rest never comes.
        await client.SendRawAsync(PublishHeader(declared, [0x00, 0x01, (byte)'t']), Token);
        var packets = await client.WaitForCloseAsync(null, Token);

        AssertRefused(version, packets);
        AssertMemoryBounded(retainedBefore, allocatedBefore);
        await broker.AssertStillServingAsync(Token);
    }

    [Theory]
    [InlineData(MqttProtocolVersion.V311)]
    [InlineData(MqttProtocolVersion.V500)]
    public async Task ClientStreamingTheBodyOfAnOversizedPublishIsCutOffEarly(MqttProtocolVersion version)
    {
        await using var broker = await AbusedBroker.StartAsync(version, null, Token);
        await using var client = await RawMqttClient.ConnectAsync(broker.EndPoint, "streamer", version, cancellationToken: Token);
        var chunk = new byte[64 * 1024];
        var (retainedBefore, allocatedBefore) = MeasureMemory();

        await client.SendRawAsync(PublishHeader(200_000_000, [0x00, 0x01, (byte)'t']), Token);
        long sent = 0;
        try
        {
            // 32 MiB at most: far more than the bound, far less than declared.
            for (; sent < 32 * 1024 * 1024; sent += chunk.Length)
            {
                await client.SendRawAsync(chunk, Token);
            }
        }
        catch (IOException)
        {
            // The broker closed the connection while we were still sending: as it should.
        }

        var packets = await client.WaitForCloseAsync(null, Token);

        // Closing a socket with unread input sends RST, which may overtake the DISCONNECT on its way in.
        if (packets.Count > 0 || version == MqttProtocolVersion.V311)
        {
            AssertRefused(version, packets);
        }

        AssertMemoryBounded(retainedBefore, allocatedBefore);
        TestContext.Current.TestOutputHelper?.WriteLine($"sent {sent / 1024} KiB of body before the broker closed");
        await broker.AssertStillServingAsync(Token);
    }

    [Theory]
    [InlineData(MqttProtocolVersion.V311)]
    [InlineData(MqttProtocolVersion.V500)]
    public async Task RemainingLengthOfFiveBytesIsMalformed(MqttProtocolVersion version)
    {
        await using var broker = await AbusedBroker.StartAsync(version, null, Token);
        await using var client = await RawMqttClient.ConnectAsync(broker.EndPoint, "five", version, cancellationToken: Token);

        // §1.5.5: a Variable Byte Integer has at most four bytes; a fifth continuation byte is malformed.
        await client.SendRawAsync(new byte[] { 0x30, 0xFF, 0xFF, 0xFF, 0xFF, 0x01, 0x00, 0x01, (byte)'t' }, Token);
        var packets = await client.WaitForCloseAsync(null, Token);

        if (version == MqttProtocolVersion.V500)
        {
            Assert.Equal(MqttReasonCode.MalformedPacket, Assert.IsType<MqttDisconnectPacket>(Assert.Single(packets)).ReasonCode);
        }
        else
        {
            Assert.Empty(packets);
        }

        await broker.AssertStillServingAsync(Token);
    }

    [Fact]
    public async Task ConnectDeclaringMoreThanTheMaximumIsRefusedOnItsHeader()
    {
        await using var broker = await AbusedBroker.StartAsync(MqttProtocolVersion.V500, null, Token);
        await using var client = await RawMqttClient.OpenAsync(broker.EndPoint, MqttProtocolVersion.V500, Token);
        var (retainedBefore, allocatedBefore) = MeasureMemory();
        var header = new byte[5];
        header[0] = 0x10;
        var length = MqttVariableByteInteger.Write(header.AsSpan(1), MqttVariableByteInteger.MaxValue);
        await client.SendRawAsync((byte[])[.. header.AsSpan(0, 1 + length), 0x00, 0x04, (byte)'M', (byte)'Q', (byte)'T', (byte)'T', 5], Token);

        var packets = await client.WaitForCloseAsync(null, Token);

        // §4.13.1: the 5.0 client learns why in CONNACK; never a session, never the body.
        Assert.Equal(MqttReasonCode.PacketTooLarge, Assert.IsType<MqttConnAckPacket>(Assert.Single(packets)).ReasonCode);
        AssertMemoryBounded(retainedBefore, allocatedBefore);
        await broker.AssertStillServingAsync(Token);
    }

    private static byte[] PublishHeader(int declared, byte[] firstBodyBytes)
    {
        var header = new byte[1 + MqttVariableByteInteger.MaxLength];
        header[0] = 0x30; // PUBLISH, QoS 0
        var length = MqttVariableByteInteger.Write(header.AsSpan(1), (uint)declared);
        return [.. header.AsSpan(0, 1 + length), .. firstBodyBytes];
    }

    private static void AssertRefused(MqttProtocolVersion version, List<MqttPacket> packets)
    {
        if (version == MqttProtocolVersion.V500)
        {
            Assert.Equal(MqttReasonCode.PacketTooLarge, Assert.IsType<MqttDisconnectPacket>(Assert.Single(packets)).ReasonCode);
        }
        else
        {
            Assert.Empty(packets);
        }
    }

    private static (long Retained, long Allocated) MeasureMemory() =>
        (GC.GetTotalMemory(forceFullCollection: true), GC.GetTotalAllocatedBytes(precise: true));

    private static void AssertMemoryBounded(long retainedBefore, long allocatedBefore)
    {
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        var retained = GC.GetTotalMemory(forceFullCollection: true) - retainedBefore;
        Assert.True(allocated < MemoryBound, $"{allocated:N0} bytes allocated while refusing the packet");
        Assert.True(retained < MemoryBound, $"{retained:N0} bytes more retained after refusing the packet");
    }
}
