using System.Buffers;
using AiotHub.Mqtt.Formatter;
using AiotHub.Mqtt.Packets;
using AiotHub.Mqtt.Protocol;

namespace AiotHub.Mqtt.Tests.Formatter;

public sealed class RoundTripTests
{
    public static TheoryData<MqttProtocolVersion, string> Samples => PacketSamples.All();

    [Theory]
    [MemberData(nameof(Samples))]
    public void EveryPacketDecodesToTheFieldsItWasEncodedFrom(MqttProtocolVersion version, string sample)
    {
        var packet = PacketSamples.Get(version, sample);

        var decoded = Codec.Decode(Codec.Encode(packet, version), version);

        PacketAssert.Equivalent(packet, decoded);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void EncodingTheDecodedPacketAgainGivesIdenticalBytes(MqttProtocolVersion version, string sample)
    {
        var bytes = Codec.Encode(PacketSamples.Get(version, sample), version);

        var again = Codec.Encode(Codec.Decode(bytes, version), version);

        Assert.Equal(bytes, again);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void GetSizeEqualsTheNumberOfBytesWritten(MqttProtocolVersion version, string sample)
    {
        var packet = PacketSamples.Get(version, sample);

        Assert.Equal(Codec.Encode(packet, version).Length, MqttPacketWriter.GetSize(packet, version));
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void WriteAppendsAfterWhatTheBufferWriterAlreadyHolds(MqttProtocolVersion version, string sample)
    {
        var packet = PacketSamples.Get(version, sample);
        var output = new ArrayBufferWriter<byte>();
        output.Write(new byte[] { 0xAA, 0xBB });

        var written = MqttPacketWriter.Write(output, packet, version);

        Assert.Equal(2 + written, output.WrittenCount);
        Assert.Equal(Codec.Encode(packet, version), output.WrittenSpan[2..].ToArray());
    }

    [Theory]
    [InlineData(MqttProtocolVersion.V311)]
    [InlineData(MqttProtocolVersion.V500)]
    public void ConnectIsReadBeforeTheVersionIsKnownAndCarriesItsLevel(MqttProtocolVersion version)
    {
        var packet = PacketSamples.Get(version, "ConnectFull");

        var decoded = Assert.IsType<MqttConnectPacket>(Codec.Decode(Codec.Encode(packet, version), MqttProtocolVersion.Unknown));

        Assert.Equal(version, decoded.ProtocolVersion);
        PacketAssert.Equivalent(packet, decoded);
    }

    [Fact]
    public void ConnectWrittenWithUnknownVersionUsesThePacketsOwnLevel()
    {
        var packet = new MqttConnectPacket { ProtocolVersion = MqttProtocolVersion.V311, ClientId = "c" };

        Assert.Equal(Codec.Encode(packet, MqttProtocolVersion.V311), Codec.Encode(packet, MqttProtocolVersion.Unknown));
    }

    [Fact]
    public void SeveralPacketsInOneBufferAreReadOneAfterTheOther()
    {
        var first = Codec.Encode(PacketSamples.Get(MqttProtocolVersion.V500, "PublishQoS2"), MqttProtocolVersion.V500);
        var second = Codec.Encode(MqttPingReqPacket.Instance, MqttProtocolVersion.V500);
        var sequence = new ReadOnlySequence<byte>([.. first, .. second, 0x30]);

        Assert.True(MqttPacketReader.TryRead(ref sequence, MqttProtocolVersion.V500, Codec.NoLimit, out var a));
        Assert.True(MqttPacketReader.TryRead(ref sequence, MqttProtocolVersion.V500, Codec.NoLimit, out var b));
        Assert.False(MqttPacketReader.TryRead(ref sequence, MqttProtocolVersion.V500, Codec.NoLimit, out _));

        Assert.IsType<MqttPublishPacket>(a);
        Assert.Same(MqttPingReqPacket.Instance, b);
        Assert.Equal(1, sequence.Length);
    }

    [Fact]
    public void PublishPayloadIsCopiedOutOfTheReceiveBuffer()
    {
        var bytes = Codec.Encode(new MqttPublishPacket { Topic = "t", Payload = new byte[] { 1, 2, 3 } }, MqttProtocolVersion.V311);

        var decoded = Assert.IsType<MqttPublishPacket>(Codec.Decode(bytes, MqttProtocolVersion.V311));
        bytes.AsSpan().Clear();

        Assert.Equal(new byte[] { 1, 2, 3 }, decoded.Payload.ToArray());
    }
}
