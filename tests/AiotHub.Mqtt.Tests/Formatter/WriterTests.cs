using System.Buffers;
using AiotHub.Mqtt.Formatter;
using AiotHub.Mqtt.Packets;
using AiotHub.Mqtt.Protocol;

namespace AiotHub.Mqtt.Tests.Formatter;

public sealed class WriterTests
{
    private const MqttProtocolVersion V3 = MqttProtocolVersion.V311;
    private const MqttProtocolVersion V5 = MqttProtocolVersion.V500;

    [Fact]
    public void AV5AcknowledgementWithSuccessAndNoPropertiesUsesTheTwoByteShortForm() =>
        Assert.Equal(Codec.Hex("40 02 0007"), Codec.Encode(new MqttPubAckPacket { PacketIdentifier = 7 }, V5));

    [Fact]
    public void AV5AcknowledgementWithAReasonCodeAndNoPropertiesOmitsThePropertyLength() =>
        Assert.Equal(
            Codec.Hex("50 03 0007 97"),
            Codec.Encode(new MqttPubRecPacket { PacketIdentifier = 7, ReasonCode = MqttReasonCode.QuotaExceeded }, V5));

    [Fact]
    public void AV5AcknowledgementWithPropertiesWritesReasonCodeAndPropertyBlock() =>
        Assert.Equal(
            Codec.Hex("70 08 0007 00 04 1F 0001 78"),
            Codec.Encode(new MqttPubCompPacket { PacketIdentifier = 7, ReasonString = "x" }, V5));

    [Fact]
    public void AV5NormalDisconnectionWithoutPropertiesIsTwoBytes() =>
        Assert.Equal(Codec.Hex("E0 00"), Codec.Encode(new MqttDisconnectPacket(), V5));

    [Fact]
    public void AV5DisconnectWithAReasonCodeAndNoPropertiesIsThreeBytes() =>
        Assert.Equal(
            Codec.Hex("E0 01 8E"),
            Codec.Encode(new MqttDisconnectPacket { ReasonCode = MqttReasonCode.SessionTakenOver }, V5));

    [Fact]
    public void AV5SuccessfulAuthWithoutPropertiesIsTwoBytes() =>
        Assert.Equal(Codec.Hex("F0 00"), Codec.Encode(new MqttAuthPacket(), V5));

    [Fact]
    public void AV311DisconnectIgnoresTheReasonCode() =>
        Assert.Equal(Codec.Hex("E0 00"), Codec.Encode(new MqttDisconnectPacket { ReasonCode = MqttReasonCode.ServerBusy }, V3));

    [Fact]
    public void V311EncodingDropsFieldsThatExistOnlyInV5()
    {
        var full = PacketSamples.Get(V5, "PublishQoS2");
        var plain = PacketSamples.Get(V3, "PublishQoS2");

        Assert.Equal(Codec.Encode(plain, V3), Codec.Encode(full, V3));
    }

    [Fact]
    public void V311ConnectEncodingDropsPropertiesAndWillProperties()
    {
        var full = PacketSamples.Get(V5, "ConnectFull");
        var plain = PacketSamples.Get(V3, "ConnectFull");

        Assert.Equal(Codec.Encode(plain, V3), Codec.Encode(full, V3));
    }

    [Theory]
    [InlineData(MqttReasonCode.Success, 0)]
    [InlineData(MqttReasonCode.UnsupportedProtocolVersion, 1)]
    [InlineData(MqttReasonCode.ClientIdentifierNotValid, 2)]
    [InlineData(MqttReasonCode.ServerUnavailable, 3)]
    [InlineData(MqttReasonCode.ServerBusy, 3)]
    [InlineData(MqttReasonCode.QuotaExceeded, 3)]
    [InlineData(MqttReasonCode.UnspecifiedError, 3)]
    [InlineData(MqttReasonCode.BadUserNameOrPassword, 4)]
    [InlineData(MqttReasonCode.NotAuthorized, 5)]
    [InlineData(MqttReasonCode.Banned, 5)]
    [InlineData(MqttReasonCode.BadAuthenticationMethod, 5)]
    public void V311ConnAckCarriesTheNearestReturnCode(MqttReasonCode reasonCode, byte returnCode)
    {
        var bytes = Codec.Encode(new MqttConnAckPacket { ReasonCode = reasonCode }, V3);

        Assert.Equal(new byte[] { 0x20, 0x02, 0x00, returnCode }, bytes);
    }

    [Fact]
    public void V311SubAckWritesEveryFailureAs0x80()
    {
        var packet = new MqttSubAckPacket
        {
            PacketIdentifier = 1,
            ReasonCodes = [MqttReasonCode.GrantedQoS1, MqttReasonCode.TopicFilterInvalid, MqttReasonCode.NotAuthorized, MqttReasonCode.GrantedQoS2],
        };

        Assert.Equal(Codec.Hex("90 06 0001 01 80 80 02"), Codec.Encode(packet, V3));
    }

    [Fact]
    public void V311SubscribeWritesOnlyTheRequestedQoS()
    {
        var packet = new MqttSubscribePacket
        {
            PacketIdentifier = 1,
            TopicFilters = [new MqttTopicFilter { Topic = "a", QualityOfService = MqttQualityOfService.AtLeastOnce, NoLocal = true, RetainHandling = MqttRetainHandling.DoNotSend }],
        };

        Assert.Equal(Codec.Hex("82 06 0001 0001 61 01"), Codec.Encode(packet, V3));
    }

    [Fact]
    public void AuthCannotBeWrittenInV311() =>
        Assert.Throws<ArgumentException>(() => Codec.Encode(new MqttAuthPacket(), V3));

    [Fact]
    public void APacketIdentifierOfZeroIsNotWritten() =>
        Assert.Throws<ArgumentException>(() => Codec.Encode(new MqttPubAckPacket(), V5));

    [Fact]
    public void AStringLongerThan65535BytesIsNotWritten() =>
        Assert.Throws<ArgumentException>(() => Codec.Encode(new MqttPublishPacket { Topic = new string('a', 65_536) }, V5));

    [Fact]
    public void AV311PasswordWithoutUserNameIsNotWritten() =>
        Assert.Throws<ArgumentException>(() => Codec.Encode(new MqttConnectPacket { Password = [1] }, V3));

    [Fact]
    public void AnUnknownVersionIsRejectedForPacketsOtherThanConnect() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Codec.Encode(MqttPingReqPacket.Instance, MqttProtocolVersion.Unknown));

    [Fact]
    public void ARemainingLengthOfTwoMillionBytesTakesFourLengthBytes()
    {
        var packet = new MqttPublishPacket { Topic = "t", Payload = new byte[2_097_152] };

        var bytes = Codec.Encode(packet, V3);

        Assert.Equal(1 + 4 + 3 + 2_097_152, bytes.Length);
        Assert.Equal(bytes.Length, MqttPacketWriter.GetSize(packet, V3));
        PacketAssert.Equivalent(packet, Codec.Decode(bytes, V3));
    }

    [Theory]
    [InlineData(MqttProtocolVersion.V311)]
    [InlineData(MqttProtocolVersion.V500)]
    public void EncodingAPublishAllocatesNothing(MqttProtocolVersion version)
    {
        var packet = PacketSamples.Get(version, "PublishQoS2");
        var output = new ArrayBufferWriter<byte>(4096);
        EncodeMany(output, packet, version, 10); // JIT and tiering out of the way.

        var before = GC.GetAllocatedBytesForCurrentThread();
        EncodeMany(output, packet, version, 100);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
    }

    private static void EncodeMany(ArrayBufferWriter<byte> output, MqttPacket packet, MqttProtocolVersion version, int count)
    {
        for (var i = 0; i < count; i++)
        {
            output.ResetWrittenCount();
            MqttPacketWriter.Write(output, packet, version);
            MqttPacketWriter.GetSize(packet, version);
        }
    }
}
