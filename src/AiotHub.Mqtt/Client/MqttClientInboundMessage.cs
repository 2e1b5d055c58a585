using AiotHub.Mqtt.Packets;

namespace AiotHub.Mqtt.Client;

/// <summary>
/// A received PUBLISH on its way to the handler. <see cref="Deliver"/> is false for a resent QoS 2
/// message already delivered (§4.3.3): only its PUBREC is sent again.
/// </summary>
internal readonly record struct MqttClientInboundMessage(MqttClientConnection Connection, MqttPublishPacket Packet, bool Deliver);
