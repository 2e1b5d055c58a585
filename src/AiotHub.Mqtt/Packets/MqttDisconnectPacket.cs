using AiotHub.Mqtt.Protocol;

namespace AiotHub.Mqtt.Packets;

/// <summary>DISCONNECT (MQTT 3.1.1 §3.14, MQTT 5.0 §3.14); in 5.0 either side may send it.</summary>
public sealed class MqttDisconnectPacket : MqttPacket
{
    public override MqttPacketType Type => MqttPacketType.Disconnect;

    public MqttReasonCode ReasonCode { get; set; } = MqttReasonCode.NormalDisconnection;
    public uint? SessionExpiryInterval { get; set; }
    public string? ReasonString { get; set; }
    public string? ServerReference { get; set; }
    public List<MqttUserProperty>? UserProperties { get; set; }
}
