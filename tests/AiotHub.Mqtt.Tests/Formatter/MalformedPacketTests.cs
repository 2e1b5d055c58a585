using AiotHub.Mqtt.Packets;
using AiotHub.Mqtt.Protocol;

namespace AiotHub.Mqtt.Tests.Formatter;

/// <summary>A catalogue of packets that break a rule of the specification, with the reason code each must raise.</summary>
public sealed class MalformedPacketTests
{
    private const MqttProtocolVersion V3 = MqttProtocolVersion.V311;
    private const MqttProtocolVersion V5 = MqttProtocolVersion.V500;
    private const MqttProtocolVersion Unknown = MqttProtocolVersion.Unknown;
    private const MqttReasonCode Malformed = MqttReasonCode.MalformedPacket;
    private const MqttReasonCode ProtocolError = MqttReasonCode.ProtocolError;

    [Theory]
    // Fixed header (§2.1).
    [InlineData("packet type 0 is reserved", "00 00", V5, Malformed)]
    [InlineData("AUTH does not exist in 3.1.1", "F0 00", V3, Malformed)]
    [InlineData("PINGREQ before CONNECT", "C0 00", Unknown, ProtocolError)]
    [InlineData("PUBLISH before CONNECT", "30 03 0001 61", Unknown, ProtocolError)]
    [InlineData("PUBREL flags must be 0010", "60 02 0001", V3, Malformed)]
    [InlineData("SUBSCRIBE flags must be 0010", "80 06 0001 0001 61 00", V3, Malformed)]
    [InlineData("UNSUBSCRIBE flags must be 0010", "A0 05 0001 0001 61", V5, Malformed)]
    [InlineData("PINGREQ flags must be 0", "C1 00", V5, Malformed)]
    [InlineData("CONNACK flags must be 0", "21 02 0000", V3, Malformed)]
    [InlineData("PUBLISH QoS 3", "36 03 0001 61", V3, Malformed)]
    [InlineData("PUBLISH DUP at QoS 0", "38 03 0001 61", V3, Malformed)]
    [InlineData("remaining length of five bytes", "30 FF FF FF FF 01", V5, Malformed)]
    [InlineData("remaining length not minimally encoded", "C0 80 00", V3, Malformed)]
    // UTF-8 strings (§1.5.4).
    [InlineData("overlong UTF-8 in a topic", "30 04 0002 C0AF", V3, Malformed)]
    [InlineData("UTF-16 surrogate encoded in UTF-8", "30 05 0003 EDA080", V3, Malformed)]
    [InlineData("U+0000 in a topic", "30 04 0002 6100", V5, Malformed)]
    [InlineData("invalid UTF-8 client identifier", "10 0D 0004 4D515454 04 02 003C 0001 FF", Unknown, Malformed)]
    [InlineData("invalid UTF-8 topic filter", "82 06 0001 0001 FE 00", V3, Malformed)]
    [InlineData("invalid UTF-8 user property", "40 0C 0001 00 08 26 0001 FF 0002 6162", V5, Malformed)]
    [InlineData("string longer than the packet", "30 03 0005 61", V3, Malformed)]
    // CONNECT (§3.1).
    [InlineData("CONNECT reserved flag", "10 0D 0004 4D515454 04 03 003C 0001 63", Unknown, Malformed)]
    [InlineData("will QoS without the will flag", "10 0D 0004 4D515454 04 0A 003C 0001 63", Unknown, Malformed)]
    [InlineData("will retain without the will flag", "10 0E 0004 4D515454 05 22 003C 00 0001 63", Unknown, Malformed)]
    [InlineData("will QoS 3", "10 0D 0004 4D515454 04 1E 003C 0001 63", Unknown, Malformed)]
    [InlineData("3.1.1 password without user name", "10 0D 0004 4D515454 04 42 003C 0001 63", Unknown, Malformed)]
    [InlineData("MQTT 3.1 (MQIsdp, level 3)", "10 0F 0006 4D5149736470 03 02 003C 0001 63", Unknown, MqttReasonCode.UnsupportedProtocolVersion)]
    [InlineData("protocol level 6", "10 0D 0004 4D515454 06 02 003C 0001 63", Unknown, MqttReasonCode.UnsupportedProtocolVersion)]
    [InlineData("protocol name MQTX", "10 0D 0004 4D515458 04 02 003C 0001 63", Unknown, MqttReasonCode.UnsupportedProtocolVersion)]
    [InlineData("bytes after the CONNECT payload", "10 0E 0004 4D515454 04 02 003C 0001 63 FF", Unknown, Malformed)]
    [InlineData("Receive Maximum 0", "10 11 0004 4D515454 05 02 003C 03 210000 0001 63", Unknown, ProtocolError)]
    [InlineData("Authentication Data without Method", "10 12 0004 4D515454 05 02 003C 04 160001AA 0001 63", Unknown, ProtocolError)]
    [InlineData("will property among CONNECT properties", "10 13 0004 4D515454 05 02 003C 05 1800000001 0001 63", Unknown, Malformed)]
    [InlineData("will topic with a wildcard", "10 13 0004 4D515454 04 06 003C 0001 63 0001 23 0001 78", Unknown, MqttReasonCode.TopicNameInvalid)]
    // CONNACK (§3.2).
    [InlineData("3.1.1 CONNACK return code 6", "20 02 00 06", V3, Malformed)]
    [InlineData("CONNACK reserved acknowledge flags", "20 03 02 00 00", V5, Malformed)]
    [InlineData("Maximum Packet Size 0", "20 08 00 00 05 2700000000", V5, ProtocolError)]
    [InlineData("Retain Available 2", "20 05 00 00 02 2502", V5, ProtocolError)]
    [InlineData("Maximum QoS 2", "20 05 00 00 02 2402", V5, ProtocolError)]
    // PUBLISH (§3.3).
    [InlineData("topic name with a wildcard", "30 03 0001 23", V3, MqttReasonCode.TopicNameInvalid)]
    [InlineData("3.1.1 empty topic name", "30 02 0000", V3, MqttReasonCode.TopicNameInvalid)]
    [InlineData("5.0 empty topic without Topic Alias", "30 03 0000 00", V5, ProtocolError)]
    [InlineData("Topic Alias 0", "30 07 0001 61 03 230000", V5, ProtocolError)]
    [InlineData("packet identifier 0 at QoS 1", "32 05 0001 61 0000", V3, ProtocolError)]
    [InlineData("property not allowed in PUBLISH", "30 09 0001 61 05 1100000001", V5, Malformed)]
    [InlineData("unknown property identifier", "30 06 0001 61 02 0500", V5, Malformed)]
    [InlineData("duplicate Message Expiry Interval", "30 0E 0001 61 0A 0200000001 0200000002", V5, ProtocolError)]
    [InlineData("Payload Format Indicator 2", "30 06 0001 61 02 0102", V5, ProtocolError)]
    [InlineData("Response Topic with a wildcard", "30 08 0001 61 04 08000123", V5, MqttReasonCode.TopicNameInvalid)]
    [InlineData("property length not minimally encoded", "30 05 0001 61 8000", V5, Malformed)]
    // Acknowledgements (§3.4-§3.7, §3.9, §3.11).
    [InlineData("PUBACK packet identifier 0", "40 02 0000", V5, ProtocolError)]
    [InlineData("UNSUBACK packet identifier 0", "B0 02 0000", V3, ProtocolError)]
    [InlineData("3.1.1 PUBACK with a trailing byte", "40 03 0001 00", V3, Malformed)]
    [InlineData("property block longer than the packet", "40 05 0001 00 05 1F", V5, Malformed)]
    [InlineData("3.1.1 SUBACK return code 3", "90 03 0001 03", V3, Malformed)]
    [InlineData("5.0 UNSUBACK without reason codes", "B0 03 0001 00", V5, ProtocolError)]
    // SUBSCRIBE / UNSUBSCRIBE (§3.8, §3.10).
    [InlineData("SUBSCRIBE packet identifier 0", "82 06 0000 0001 61 00", V3, ProtocolError)]
    [InlineData("SUBSCRIBE without a filter", "82 02 0001", V3, ProtocolError)]
    [InlineData("UNSUBSCRIBE without a filter", "A2 03 0001 00", V5, ProtocolError)]
    [InlineData("3.1.1 subscription reserved bits", "82 06 0001 0001 61 04", V3, Malformed)]
    [InlineData("5.0 subscription options bits 6-7", "82 07 0001 00 0001 61 40", V5, Malformed)]
    [InlineData("Retain Handling 3", "82 07 0001 00 0001 61 30", V5, Malformed)]
    [InlineData("requested QoS 3", "82 07 0001 00 0001 61 03", V5, Malformed)]
    [InlineData("Subscription Identifier 0", "82 09 0001 02 0B00 0001 61 00", V5, ProtocolError)]
    [InlineData("two Subscription Identifiers in SUBSCRIBE", "82 0B 0001 04 0B01 0B02 0001 61 00", V5, ProtocolError)]
    // PINGREQ, PINGRESP, DISCONNECT (§3.12-§3.14).
    [InlineData("PINGREQ with a body", "C0 01 00", V3, Malformed)]
    [InlineData("PINGRESP with a body", "D0 01 00", V5, Malformed)]
    [InlineData("3.1.1 DISCONNECT with a body", "E0 01 00", V3, Malformed)]
    [InlineData("Server Reference in AUTH", "F0 06 18 04 1C 0001 61", V5, Malformed)]
    [InlineData("AUTH with a reason code but no property length", "F0 01 18", V5, Malformed)]
    // Reason codes a packet cannot carry (§2.4).
    [InlineData("AUTH reason code 0x80", "F0 02 80 00", V5, ProtocolError)]
    [InlineData("PUBREL reason code 0x10", "62 03 0001 10", V5, ProtocolError)]
    [InlineData("PUBACK reason code 0x92", "40 03 0001 92", V5, ProtocolError)]
    [InlineData("DISCONNECT reason code 0x01", "E0 01 01", V5, ProtocolError)]
    [InlineData("SUBACK reason code 0x03", "90 04 0001 00 03", V5, ProtocolError)]
    [InlineData("UNSUBACK reason code 0x10", "B0 04 0001 00 10", V5, ProtocolError)]
    [InlineData("CONNACK reason code 0x10", "20 03 00 10 00", V5, ProtocolError)]
    [InlineData("3.1.1 CONNACK refusal with Session Present", "20 02 01 05", V3, ProtocolError)]
    [InlineData("5.0 CONNACK refusal with Session Present", "20 03 01 87 00", V5, ProtocolError)]
    public void MalformedPacketRaisesTheReasonCodeTheSpecificationGives(string rule, string hex, MqttProtocolVersion version, MqttReasonCode expected)
    {
        var error = Codec.DecodeFails(Codec.Hex(hex), version);

        Assert.True(expected == error.ReasonCode, $"{rule}: expected {expected}, got {error.ReasonCode} ({error.Message})");
    }

    [Theory]
    [InlineData(V3)]
    [InlineData(V5)]
    public void TopicFilterSyntaxIsLeftToTheBroker(MqttProtocolVersion version)
    {
        // "a/#/b" is not a valid filter, but the broker answers it with SUBACK 0x8F (5.0) or 0x80: not the codec's call.
        var hex = version == V5 ? "82 0B 0001 00 0005 612F232F62 01" : "82 0A 0001 0005 612F232F62 01";

        var subscribe = Assert.IsType<MqttSubscribePacket>(Codec.Decode(Codec.Hex(hex), version));

        Assert.Equal("a/#/b", subscribe.TopicFilters[0].Topic);
    }

    [Fact]
    public void AFailedReadLeavesTheBufferUnchanged()
    {
        var sequence = new System.Buffers.ReadOnlySequence<byte>(Codec.Hex("36 03 0001 61"));
        var before = sequence;

        Assert.Throws<MqttProtocolException>(() => AiotHub.Mqtt.Formatter.MqttPacketReader.TryRead(ref sequence, V3, Codec.NoLimit, out _));

        Assert.Equal(before.Start, sequence.Start);
        Assert.Equal(before.Length, sequence.Length);
    }
}
