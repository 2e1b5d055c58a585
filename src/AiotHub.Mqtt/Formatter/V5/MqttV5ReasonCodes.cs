using AiotHub.Mqtt.Protocol;

namespace AiotHub.Mqtt.Formatter.V5;

/// <summary>
/// The reason codes each MQTT 5.0 packet may carry (§2.4, table 2-6, and each packet's section).
/// An undefined one parses but is "data not allowed by the protocol": a Protocol Error (§1.2).
/// </summary>
internal static class MqttV5ReasonCodes
{
    // §3.2.2.2
    private static ReadOnlySpan<byte> ConnAck =>
    [
        0x00, 0x80, 0x81, 0x82, 0x83, 0x84, 0x85, 0x86, 0x87, 0x88, 0x89, 0x8A, 0x8C, 0x90, 0x95, 0x97,
        0x99, 0x9A, 0x9B, 0x9C, 0x9D, 0x9F,
    ];

    // §3.4.2.1, §3.5.2.1
    private static ReadOnlySpan<byte> PubAckOrPubRec => [0x00, 0x10, 0x80, 0x83, 0x87, 0x90, 0x91, 0x97, 0x99];

    // §3.6.2.1, §3.7.2.1
    private static ReadOnlySpan<byte> PubRelOrPubComp => [0x00, 0x92];

    // §3.9.3
    private static ReadOnlySpan<byte> SubAck => [0x00, 0x01, 0x02, 0x80, 0x83, 0x87, 0x8F, 0x91, 0x97, 0x9E, 0xA1, 0xA2];

    // §3.11.3
    private static ReadOnlySpan<byte> UnsubAck => [0x00, 0x11, 0x80, 0x83, 0x87, 0x8F, 0x91];

    // §3.14.2.1
    private static ReadOnlySpan<byte> Disconnect =>
    [
        0x00, 0x04, 0x80, 0x81, 0x82, 0x83, 0x87, 0x89, 0x8B, 0x8D, 0x8E, 0x8F, 0x90, 0x93, 0x94, 0x95,
        0x96, 0x97, 0x98, 0x99, 0x9A, 0x9B, 0x9C, 0x9D, 0x9E, 0x9F, 0xA0, 0xA1, 0xA2,
    ];

    // §3.15.2.1
    private static ReadOnlySpan<byte> Auth => [0x00, 0x18, 0x19];

    /// <summary>Returns <paramref name="code"/> as a reason code, or throws a Protocol Error if <paramref name="type"/> cannot carry it.</summary>
    public static MqttReasonCode Validate(MqttPacketType type, byte code) =>
        IsDefined(type, code)
            ? (MqttReasonCode)code
            : throw new MqttProtocolException(MqttReasonCode.ProtocolError, $"Reason code 0x{code:X2} is not defined for {type} (§2.4).");

    /// <summary>Whether <paramref name="type"/> may carry <paramref name="code"/>.</summary>
    public static bool IsDefined(MqttPacketType type, byte code)
    {
        var allowed = type switch
        {
            MqttPacketType.ConnAck => ConnAck,
            MqttPacketType.PubAck or MqttPacketType.PubRec => PubAckOrPubRec,
            MqttPacketType.PubRel or MqttPacketType.PubComp => PubRelOrPubComp,
            MqttPacketType.SubAck => SubAck,
            MqttPacketType.UnsubAck => UnsubAck,
            MqttPacketType.Disconnect => Disconnect,
            MqttPacketType.Auth => Auth,
            _ => [],
        };

        return allowed.Contains(code);
    }
}
