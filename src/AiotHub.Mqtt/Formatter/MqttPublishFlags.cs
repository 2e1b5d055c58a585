using AiotHub.Mqtt.Protocol;

namespace AiotHub.Mqtt.Formatter;

/// <summary>The DUP, QoS and RETAIN bits of the PUBLISH fixed header (§3.3.1).</summary>
internal static class MqttPublishFlags
{
    public static MqttQualityOfService Parse(byte header, out bool dup, out bool retain)
    {
        var qos = (header >> 1) & 0x03;
        if (qos == 3)
        {
            // [MQTT-3.3.1-4]: both QoS bits set is a Malformed Packet.
            throw MqttProtocolException.Malformed("PUBLISH with QoS 3 [MQTT-3.3.1-4].");
        }

        dup = (header & 0x08) != 0;
        if (dup && qos == 0)
        {
            // [MQTT-3.3.1-2] (3.1.1 and 5.0 alike): DUP must be 0 for QoS 0.
            throw MqttProtocolException.Malformed("PUBLISH with DUP set at QoS 0 [MQTT-3.3.1-2].");
        }

        retain = (header & 0x01) != 0;
        return (MqttQualityOfService)qos;
    }

    public static int Encode(MqttQualityOfService qos, bool dup, bool retain) =>
        (dup ? 0x08 : 0) | ((int)qos << 1) | (retain ? 0x01 : 0);
}
