using System.Buffers;
using AiotHub.Mqtt.Formatter;
using AiotHub.Mqtt.Packets;
using AiotHub.Mqtt.Protocol;

namespace AiotHub.Mqtt.Tests.Formatter;

public sealed class ReusablePacketReaderTests
{
    public static TheoryData<MqttProtocolVersion, string> Samples => PacketSamples.All();

    [Theory]
    [MemberData(nameof(Samples))]
    public void EveryPacketDecodesAsTheOrdinaryReaderDecodesIt(MqttProtocolVersion version, string sample)
    {
        var packet = PacketSamples.Get(version, sample);
        var bytes = Codec.Encode(packet, version);
        var reader = new MqttReusablePacketReader();

        for (var position = 0; position <= bytes.Length; position += Math.Max(1, bytes.Length / 7))
        {
            var sequence = SegmentedSequence.SplitAt(bytes, position);
            Assert.True(reader.TryRead(ref sequence, version, Codec.NoLimit, out var decoded));
            Assert.True(sequence.IsEmpty);
            PacketAssert.Equivalent(packet, decoded);
        }
    }

    [Fact]
    public void EveryPublishIsDecodedIntoTheSameInstanceWithNothingLeftFromThePreviousOne()
    {
        var reader = new MqttReusablePacketReader();
        var first = PacketSamples.Get(MqttProtocolVersion.V500, "PublishQoS2");
        var second = new MqttPublishPacket { Topic = "other", Payload = new byte[] { 42 } };

        var a = Read(reader, Codec.Encode(first, MqttProtocolVersion.V500), MqttProtocolVersion.V500);
        PacketAssert.Equivalent(first, a);
        var b = Read(reader, Codec.Encode(second, MqttProtocolVersion.V500), MqttProtocolVersion.V500);

        Assert.Same(a, b);
        Assert.Same(reader.Publish, b);
        PacketAssert.Equivalent(second, b);
    }

    [Fact]
    public void ARepeatedTopicIsTheSameCachedString()
    {
        var reader = new MqttReusablePacketReader();
        var bytes = Codec.Encode(new MqttPublishPacket { Topic = "home/kitchen/temp" }, MqttProtocolVersion.V311);

        var first = Read(reader, bytes, MqttProtocolVersion.V311).Topic;
        var second = Read(reader, bytes, MqttProtocolVersion.V311).Topic;

        Assert.Same(first, second);
    }

    [Fact]
    public void TopicsThatShareACacheSlotAreBothDecodedCorrectly()
    {
        var reader = new MqttReusablePacketReader(topicCacheSize: 1);

        foreach (var topic in new[] { "a", "b", "a", "a/b", "b" })
        {
            var bytes = Codec.Encode(new MqttPublishPacket { Topic = topic }, MqttProtocolVersion.V311);
            Assert.Equal(topic, Read(reader, bytes, MqttProtocolVersion.V311).Topic);
        }
    }

    [Fact]
    public void AnInvalidTopicIsRejectedAndNeverCached()
    {
        var reader = new MqttReusablePacketReader();
        var sequence = new ReadOnlySequence<byte>(Codec.Hex("30 03 0001 2B"));

        for (var attempt = 0; attempt < 2; attempt++)
        {
            var copy = sequence;
            var error = Assert.Throws<MqttProtocolException>(() => reader.TryRead(ref copy, MqttProtocolVersion.V311, Codec.NoLimit, out _));
            Assert.Equal(MqttReasonCode.TopicNameInvalid, error.ReasonCode);
        }
    }

    [Fact]
    public void IncompletePublishReturnsFalseAndConsumesNothing()
    {
        var reader = new MqttReusablePacketReader();
        var bytes = Codec.Encode(PacketSamples.Get(MqttProtocolVersion.V500, "PublishQoS2"), MqttProtocolVersion.V500);

        for (var length = 0; length < bytes.Length; length++)
        {
            var sequence = new ReadOnlySequence<byte>(bytes, 0, length);
            Assert.False(reader.TryRead(ref sequence, MqttProtocolVersion.V500, Codec.NoLimit, out _));
            Assert.Equal(length, sequence.Length);
        }
    }

    [Fact]
    public void PacketTooLargeIsRaisedFromTheFixedHeader()
    {
        var reader = new MqttReusablePacketReader();
        var sequence = new ReadOnlySequence<byte>(Codec.Hex("30 FF 7F"));

        var error = Assert.Throws<MqttProtocolException>(() => reader.TryRead(ref sequence, MqttProtocolVersion.V500, 1000, out _));

        Assert.Equal(MqttReasonCode.PacketTooLarge, error.ReasonCode);
    }

    [Theory]
    [InlineData(MqttProtocolVersion.V311, false)]
    [InlineData(MqttProtocolVersion.V500, false)]
    [InlineData(MqttProtocolVersion.V311, true)]
    [InlineData(MqttProtocolVersion.V500, true)]
    public void DecodingARepeatedPublishAllocatesNothing(MqttProtocolVersion version, bool multiSegment)
    {
        var packet = new MqttPublishPacket
        {
            Topic = "home/livingroom/thermostat/temperature",
            Payload = new byte[16],
            QualityOfService = MqttQualityOfService.AtLeastOnce,
            PacketIdentifier = 42,
            MessageExpiryInterval = version == MqttProtocolVersion.V500 ? 60u : null,
            SubscriptionIdentifiers = version == MqttProtocolVersion.V500 ? [7] : null,
        };
        var bytes = Codec.Encode(packet, version);
        var sequence = multiSegment ? SegmentedSequence.SplitAt(bytes, bytes.Length / 2) : new ReadOnlySequence<byte>(bytes);
        var reader = new MqttReusablePacketReader();
        DecodeMany(reader, sequence, version, 10); // JIT, buffers and cache warmed up.

        var before = GC.GetAllocatedBytesForCurrentThread();
        DecodeMany(reader, sequence, version, 100);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
        PacketAssert.Equivalent(packet, reader.Publish);
    }

    private static void DecodeMany(MqttReusablePacketReader reader, ReadOnlySequence<byte> sequence, MqttProtocolVersion version, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var buffer = sequence;
            reader.TryRead(ref buffer, version, Codec.NoLimit, out _);
        }
    }

    private static MqttPublishPacket Read(MqttReusablePacketReader reader, byte[] bytes, MqttProtocolVersion version)
    {
        var sequence = new ReadOnlySequence<byte>(bytes);
        Assert.True(reader.TryRead(ref sequence, version, Codec.NoLimit, out var packet));
        return Assert.IsType<MqttPublishPacket>(packet);
    }
}
