namespace AiotHub.Mqtt.Broker;

/// <summary>An outbound QoS 1/2 message that has a packet identifier and is not yet fully acknowledged.</summary>
internal struct MqttInflightMessage
{
    public MqttInflightMessage(ushort packetIdentifier, MqttQueuedMessage message, MqttInflightState state)
    {
        PacketIdentifier = packetIdentifier;
        Message = message;
        State = state;
    }

    public ushort PacketIdentifier { get; }

    public MqttQueuedMessage Message { get; }

    public MqttInflightState State { get; set; }

    /// <summary>Set when a connection resumes the session: PUBLISH (DUP=1) or PUBREL is sent again (§4.4).</summary>
    public bool NeedsResend { get; set; }
}
