using AiotHub.Mqtt.Packets;
using AiotHub.Mqtt.Protocol;

namespace AiotHub.Mqtt.Client;

/// <summary>UNSUBACK (§3.11): one code per filter in 5.0; 3.1.1 carries none, so each reads Success.</summary>
public sealed class MqttClientUnsubscribeResult
{
    internal MqttClientUnsubscribeResult(MqttUnsubAckPacket unsubAck, int filterCount)
    {
        ReasonCodes = unsubAck.ReasonCodes.Count == filterCount
            ? unsubAck.ReasonCodes
            : Enumerable.Repeat(MqttReasonCode.Success, filterCount).ToList();
        ReasonString = unsubAck.ReasonString;
        UserProperties = unsubAck.UserProperties ?? [];
    }

    public IReadOnlyList<MqttReasonCode> ReasonCodes { get; }

    public string? ReasonString { get; }

    public IReadOnlyList<MqttUserProperty> UserProperties { get; }
}
