using AiotHub.Mqtt.Packets;
using AiotHub.Mqtt.Protocol;

namespace AiotHub.Mqtt.Broker;

/// <summary>
/// A packet other than a routed PUBLISH waiting for the connection's writer: either a whole packet
/// (CONNACK, SUBACK, DISCONNECT …) or, without allocating one, an acknowledgement described by
/// its type, packet id and reason code.
/// </summary>
internal readonly record struct MqttControlItem(
    MqttPacket? Packet,
    MqttPacketType AcknowledgementType = default,
    ushort PacketIdentifier = 0,
    MqttReasonCode ReasonCode = MqttReasonCode.Success);
