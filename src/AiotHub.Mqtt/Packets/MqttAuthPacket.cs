using AiotHub.Mqtt.Protocol;

namespace AiotHub.Mqtt.Packets;

/// <summary>AUTH (MQTT 5.0 §3.15): enhanced authentication exchange.</summary>
public sealed class MqttAuthPacket : MqttPacket
{
    public override MqttPacketType Type => MqttPacketType.Auth;

    public MqttReasonCode ReasonCode { get; set; } = MqttReasonCode.Success;
    public string? AuthenticationMethod { get; set; }
    public byte[]? AuthenticationData { get; set; }
    public string? ReasonString { get; set; }
    public List<MqttUserProperty>? UserProperties { get; set; }
}
