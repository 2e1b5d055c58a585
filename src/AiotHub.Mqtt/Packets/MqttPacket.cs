using AiotHub.Mqtt.Protocol;

namespace AiotHub.Mqtt.Packets;

/// <summary>
/// A decoded MQTT control packet. Packets are plain data: the formatter turns them into bytes
/// for a protocol version, the broker and client give them meaning. MQTT 5.0 properties are
/// nullable where "absent" differs from a default, so a decoded packet re-encodes byte for byte.
/// </summary>
public abstract class MqttPacket
{
    public abstract MqttPacketType Type { get; }
}
