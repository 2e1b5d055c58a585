using AiotHub.Mqtt.Packets;
using AiotHub.Mqtt.Protocol;

namespace AiotHub.Mqtt.Formatter;

/// <summary>The Connect Flags byte (MQTT 3.1.1 §3.1.2.3, MQTT 5.0 §3.1.2.3).</summary>
internal readonly record struct MqttConnectFlags(
    bool UserName, bool Password, bool WillRetain, MqttQualityOfService WillQoS, bool Will, bool CleanSession)
{
    public static MqttConnectFlags Parse(byte flags, MqttProtocolVersion version)
    {
        // [MQTT-3.1.2-3]: the reserved bit 0 must be zero.
        if ((flags & 0x01) != 0)
        {
            throw MqttProtocolException.Malformed("CONNECT reserved flag is set [MQTT-3.1.2-3].");
        }

        var will = (flags & 0x04) != 0;
        var willQoS = (flags >> 3) & 0x03;
        var willRetain = (flags & 0x20) != 0;
        if (willQoS == 3)
        {
            throw MqttProtocolException.Malformed("Will QoS 3 [MQTT-3.1.2-12].");
        }

        if (!will && (willQoS != 0 || willRetain))
        {
            throw MqttProtocolException.Malformed("Will QoS or Will Retain set without the Will Flag [MQTT-3.1.2-11, MQTT-3.1.2-13].");
        }

        var userName = (flags & 0x80) != 0;
        var password = (flags & 0x40) != 0;

        // 3.1.1 [MQTT-3.1.2-22]: no password without a user name; 5.0 §3.1.2.9 allows it.
        if (version == MqttProtocolVersion.V311 && password && !userName)
        {
            throw MqttProtocolException.Malformed("Password flag set without the User Name flag [MQTT-3.1.2-22].");
        }

        return new MqttConnectFlags(userName, password, willRetain, (MqttQualityOfService)willQoS, will, (flags & 0x02) != 0);
    }

    public static byte Encode(MqttConnectPacket packet, MqttProtocolVersion version)
    {
        var flags = 0;
        if (packet.CleanSession)
        {
            flags |= 0x02;
        }

        if (packet.Will is { } will)
        {
            flags |= 0x04 | ((int)will.QualityOfService << 3) | (will.Retain ? 0x20 : 0);
        }

        if (packet.Password is not null && (packet.UserName is not null || version == MqttProtocolVersion.V500))
        {
            flags |= 0x40;
        }

        if (packet.UserName is not null)
        {
            flags |= 0x80;
        }

        return (byte)flags;
    }
}
