namespace AiotHub.Mqtt.Packets;

/// <summary>A packet carrying a two-byte packet identifier (MQTT 5.0 §2.2.1); never 0 on the wire.</summary>
public abstract class MqttPacketWithIdentifier : MqttPacket
{
    public ushort PacketIdentifier { get; set; }
}
