using AiotHub.Mqtt.Packets;
using AiotHub.Mqtt.Protocol;

namespace AiotHub.Mqtt.Tests.Formatter;

/// <summary>Byte vectors written by hand from the OASIS specifications.</summary>
public sealed class SpecVectorTests
{
    [Fact]
    public void AV311ConnectWithUserNameAndPasswordDecodes()
    {
        // §3.1: "MQTT", level 4, flags 0xC2 (user name, password, clean session), keep alive 60,
        // client id "abc", user "u", password 0x70 0x77.
        var bytes = Codec.Hex("10 16 0004 4D515454 04 C2 003C 0003 616263 0001 75 0002 7077");

        var connect = Assert.IsType<MqttConnectPacket>(Codec.Decode(bytes, MqttProtocolVersion.Unknown));

        Assert.Equal(MqttProtocolVersion.V311, connect.ProtocolVersion);
        Assert.True(connect.CleanSession);
        Assert.Equal(60, connect.KeepAliveSeconds);
        Assert.Equal("abc", connect.ClientId);
        Assert.Equal("u", connect.UserName);
        Assert.Equal("pw"u8.ToArray(), connect.Password);
        Assert.Null(connect.Will);
        Assert.Equal(bytes, Codec.Encode(connect, MqttProtocolVersion.V311));
    }

    [Fact]
    public void AV5PublishWithPropertiesDecodes()
    {
        // §3.3: QoS 1 + retain (0x33), topic "a/b", packet id 10, properties (17 bytes): payload
        // format 1, message expiry 60, topic alias 2, user property ("k","v"); payload "hi".
        var bytes = Codec.Hex("33 1B 0003 612F62 000A 11 0101 020000003C 230002 26 00016B 000176 6869");

        var publish = Assert.IsType<MqttPublishPacket>(Codec.Decode(bytes, MqttProtocolVersion.V500));

        Assert.Equal("a/b", publish.Topic);
        Assert.Equal(MqttQualityOfService.AtLeastOnce, publish.QualityOfService);
        Assert.True(publish.Retain);
        Assert.False(publish.Dup);
        Assert.Equal(10, publish.PacketIdentifier);
        Assert.Equal((byte)1, publish.PayloadFormatIndicator);
        Assert.Equal(60u, publish.MessageExpiryInterval);
        Assert.Equal((ushort)2, publish.TopicAlias);
        Assert.Equal([new MqttUserProperty("k", "v")], publish.UserProperties!);
        Assert.Equal("hi"u8.ToArray(), publish.Payload.ToArray());
        Assert.Equal(bytes, Codec.Encode(publish, MqttProtocolVersion.V500));
    }

    [Fact]
    public void AV5ShortPubAckMeansSuccessWithoutProperties()
    {
        // §3.4.2.1: Remaining Length 2, only the packet identifier.
        var puback = Assert.IsType<MqttPubAckPacket>(Codec.Decode(Codec.Hex("40 02 1234"), MqttProtocolVersion.V500));

        Assert.Equal(0x1234, puback.PacketIdentifier);
        Assert.Equal(MqttReasonCode.Success, puback.ReasonCode);
        Assert.Null(puback.ReasonString);
    }

    [Fact]
    public void AV5PubAckWithAReasonCodeButNoPropertyLengthDecodes()
    {
        var puback = Assert.IsType<MqttPubAckPacket>(Codec.Decode(Codec.Hex("40 03 0001 10"), MqttProtocolVersion.V500));

        Assert.Equal(MqttReasonCode.NoMatchingSubscribers, puback.ReasonCode);
    }

    [Fact]
    public void AV5PubAckWithAnEmptyPropertyBlockDecodes()
    {
        var puback = Assert.IsType<MqttPubAckPacket>(Codec.Decode(Codec.Hex("40 04 0001 00 00"), MqttProtocolVersion.V500));

        Assert.Equal(MqttReasonCode.Success, puback.ReasonCode);
    }

    [Fact]
    public void AV5DisconnectWithRemainingLengthZeroIsANormalDisconnection()
    {
        var disconnect = Assert.IsType<MqttDisconnectPacket>(Codec.Decode(Codec.Hex("E0 00"), MqttProtocolVersion.V500));

        Assert.Equal(MqttReasonCode.NormalDisconnection, disconnect.ReasonCode);
    }

    [Fact]
    public void AV5AuthWithRemainingLengthZeroIsSuccess()
    {
        var auth = Assert.IsType<MqttAuthPacket>(Codec.Decode(Codec.Hex("F0 00"), MqttProtocolVersion.V500));

        Assert.Equal(MqttReasonCode.Success, auth.ReasonCode);
    }

    [Fact]
    public void AV5ConnectWithoutPropertiesDecodes()
    {
        // §3.1.2.11 example shape: level 5, clean start, keep alive 10, empty property block, client id "c".
        var connect = Assert.IsType<MqttConnectPacket>(
            Codec.Decode(Codec.Hex("10 0E 0004 4D515454 05 02 000A 00 0001 63"), MqttProtocolVersion.Unknown));

        Assert.Equal(MqttProtocolVersion.V500, connect.ProtocolVersion);
        Assert.Equal("c", connect.ClientId);
        Assert.Null(connect.SessionExpiryInterval);
    }

    [Fact]
    public void AV5ConnectWithPasswordButNoUserNameIsAllowed()
    {
        var connect = Assert.IsType<MqttConnectPacket>(
            Codec.Decode(Codec.Hex("10 11 0004 4D515454 05 40 000A 00 0000 0002 7077"), MqttProtocolVersion.Unknown));

        Assert.Null(connect.UserName);
        Assert.Equal("pw"u8.ToArray(), connect.Password);
    }

    [Fact]
    public void AV311SubscribeDecodes()
    {
        // §3.8.3 example: packet id 10, "a/b" QoS 1, "c/d" QoS 2.
        var subscribe = Assert.IsType<MqttSubscribePacket>(
            Codec.Decode(Codec.Hex("82 0E 000A 0003 612F62 01 0003 632F64 02"), MqttProtocolVersion.V311));

        Assert.Equal(10, subscribe.PacketIdentifier);
        Assert.Collection(
            subscribe.TopicFilters,
            f => Assert.Equal(("a/b", MqttQualityOfService.AtLeastOnce), (f.Topic, f.QualityOfService)),
            f => Assert.Equal(("c/d", MqttQualityOfService.ExactlyOnce), (f.Topic, f.QualityOfService)));
    }

    [Theory]
    [InlineData(0, MqttReasonCode.Success)]
    [InlineData(1, MqttReasonCode.UnsupportedProtocolVersion)]
    [InlineData(2, MqttReasonCode.ClientIdentifierNotValid)]
    [InlineData(3, MqttReasonCode.ServerUnavailable)]
    [InlineData(4, MqttReasonCode.BadUserNameOrPassword)]
    [InlineData(5, MqttReasonCode.NotAuthorized)]
    public void V311ConnAckReturnCodesMapToReasonCodesAndBack(byte returnCode, MqttReasonCode reasonCode)
    {
        var bytes = new byte[] { 0x20, 0x02, 0x00, returnCode };

        var connack = Assert.IsType<MqttConnAckPacket>(Codec.Decode(bytes, MqttProtocolVersion.V311));

        Assert.Equal(reasonCode, connack.ReasonCode);
        Assert.Equal(bytes, Codec.Encode(connack, MqttProtocolVersion.V311));
    }

    [Fact]
    public void V311ConnAckSessionPresentIsBitZeroOfTheFlags()
    {
        var connack = Assert.IsType<MqttConnAckPacket>(Codec.Decode(Codec.Hex("20 02 01 00"), MqttProtocolVersion.V311));

        Assert.True(connack.SessionPresent);
    }
}
