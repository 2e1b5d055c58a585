using AiotHub.Mqtt.Packets;
using AiotHub.Mqtt.Protocol;

namespace AiotHub.Mqtt.Client;

/// <summary>SUBACK (§3.9): one code per requested filter, in order: the granted QoS, or a failure ≥ 0x80.</summary>
public sealed class MqttClientSubscribeResult
{
    internal MqttClientSubscribeResult(MqttSubAckPacket subAck)
    {
        ReasonCodes = subAck.ReasonCodes;
        ReasonString = subAck.ReasonString;
        UserProperties = subAck.UserProperties ?? [];
    }

    public IReadOnlyList<MqttReasonCode> ReasonCodes { get; }

    public string? ReasonString { get; }

    public IReadOnlyList<MqttUserProperty> UserProperties { get; }
}
