namespace AiotHub.Mqtt.Broker.Persistence;

/// <summary>Where an outbound queued message is in its QoS 1/2 flow (MQTT 5.0 §4.3).</summary>
public enum MqttQueuedMessageState : byte
{
    /// <summary>Not sent yet (or sent as QoS 0 never: queues hold QoS 1 and 2 only).</summary>
    Queued = 0,

    /// <summary>PUBLISH sent with a packet id; awaiting PUBACK (QoS 1) or PUBREC (QoS 2). Resend with DUP.</summary>
    AwaitingAcknowledgement = 1,

    /// <summary>QoS 2: PUBREC received and PUBREL sent; awaiting PUBCOMP. Resend PUBREL, not PUBLISH.</summary>
    AwaitingCompletion = 2,
}
