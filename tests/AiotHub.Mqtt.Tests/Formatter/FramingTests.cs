using System.Buffers;
using AiotHub.Mqtt.Formatter;
using AiotHub.Mqtt.Packets;
using AiotHub.Mqtt.Protocol;

namespace AiotHub.Mqtt.Tests.Formatter;

/// <summary>How the reader frames packets out of a stream: incomplete input, segments, the size limit.</summary>
public sealed class FramingTests
{
    public static TheoryData<MqttProtocolVersion, string> Samples => PacketSamples.All();

    [Theory]
    [MemberData(nameof(Samples))]
    public void TryReadReturnsFalseAndConsumesNothingForEveryProperPrefix(MqttProtocolVersion version, string sample)
    {
        var bytes = Codec.Encode(PacketSamples.Get(version, sample), version);

        for (var length = 0; length < bytes.Length; length++)
        {
            var sequence = new ReadOnlySequence<byte>(bytes, 0, length);
            var before = sequence;

            Assert.False(MqttPacketReader.TryRead(ref sequence, version, Codec.NoLimit, out var packet), $"prefix of {length} bytes");
            Assert.Null(packet);
            Assert.Equal(before.Start, sequence.Start);
            Assert.Equal(before.End, sequence.End);
        }
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void TryReadReturnsFalseForEveryProperPrefixSplitIntoOneByteSegments(MqttProtocolVersion version, string sample)
    {
        var bytes = Codec.Encode(PacketSamples.Get(version, sample), version);

        for (var length = 0; length < bytes.Length; length++)
        {
            var sequence = SegmentedSequence.OneBytePerSegment(bytes[..length]);
            var before = sequence;

            Assert.False(MqttPacketReader.TryRead(ref sequence, version, Codec.NoLimit, out _), $"prefix of {length} bytes");
            Assert.Equal(before.Start, sequence.Start);
            Assert.Equal(before.End, sequence.End);
        }
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void APacketSplitIntoTwoSegmentsAtAnyPositionDecodesLikeTheContiguousOne(MqttProtocolVersion version, string sample)
    {
        var packet = PacketSamples.Get(version, sample);
        var bytes = Codec.Encode(packet, version);

        for (var position = 0; position <= bytes.Length; position++)
        {
            var decoded = Codec.Decode(SegmentedSequence.SplitAt(bytes, position), version);
            PacketAssert.Equivalent(packet, decoded);
        }
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void APacketWithOneBytePerSegmentDecodesLikeTheContiguousOne(MqttProtocolVersion version, string sample)
    {
        var packet = PacketSamples.Get(version, sample);

        var decoded = Codec.Decode(SegmentedSequence.OneBytePerSegment(Codec.Encode(packet, version)), version);

        PacketAssert.Equivalent(packet, decoded);
    }

    [Fact]
    public void ALargeMultiSegmentBodyIsDecodedThroughAPooledCopy()
    {
        var packet = new MqttPublishPacket { Topic = "big", Payload = Enumerable.Range(0, 5000).Select(i => (byte)(i * 7)).ToArray() };
        var bytes = Codec.Encode(packet, MqttProtocolVersion.V500);
        var chunks = bytes.Chunk(1000).ToArray();

        var decoded = Codec.Decode(SegmentedSequence.Create(chunks), MqttProtocolVersion.V500);

        PacketAssert.Equivalent(packet, decoded);
    }

    [Fact]
    public void PacketTooLargeIsRaisedFromTheFixedHeaderAloneWithoutTheBody()
    {
        // PUBLISH declaring 1,000,000 bytes of body (0xC0 0x84 0x3D); none of the body is supplied.
        var header = Codec.Hex("30 C0 84 3D");

        var error = Codec.DecodeFails(header, MqttProtocolVersion.V500, maxPacketSize: 1_000_000);

        Assert.Equal(MqttReasonCode.PacketTooLarge, error.ReasonCode);
    }

    [Fact]
    public void ThePacketSizeLimitCountsTheFixedHeader()
    {
        // PINGREQ is 2 bytes in all: allowed at a limit of 2, too large at 1.
        var ping = Codec.Hex("C0 00");

        var sequence = new ReadOnlySequence<byte>(ping);
        Assert.True(MqttPacketReader.TryRead(ref sequence, MqttProtocolVersion.V311, 2, out _));
        Assert.Equal(MqttReasonCode.PacketTooLarge, Codec.DecodeFails(ping, MqttProtocolVersion.V311, maxPacketSize: 1).ReasonCode);
    }

    [Fact]
    public void APacketExactlyAtTheLimitIsAccepted()
    {
        var bytes = Codec.Encode(PacketSamples.Get(MqttProtocolVersion.V500, "PublishQoS2"), MqttProtocolVersion.V500);
        var sequence = new ReadOnlySequence<byte>(bytes);

        Assert.True(MqttPacketReader.TryRead(ref sequence, MqttProtocolVersion.V500, bytes.Length, out _));
        Assert.Equal(MqttReasonCode.PacketTooLarge, Codec.DecodeFails(bytes, MqttProtocolVersion.V500, bytes.Length - 1).ReasonCode);
    }

    [Fact]
    public void AnIncompleteRemainingLengthWaitsForMoreBytes()
    {
        var sequence = new ReadOnlySequence<byte>(Codec.Hex("30 FF FF FF"));

        Assert.False(MqttPacketReader.TryRead(ref sequence, MqttProtocolVersion.V500, Codec.NoLimit, out _));
        Assert.Equal(4, sequence.Length);
    }
}
