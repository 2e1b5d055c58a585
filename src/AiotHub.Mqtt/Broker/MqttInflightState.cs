namespace AiotHub.Mqtt.Broker;

/// <summary>Where an outbound QoS 1/2 PUBLISH stands (MQTT 5.0 §4.3.2, §4.3.3, sender side).</summary>
internal enum MqttInflightState : byte
{
    /// <summary>QoS 1 PUBLISH sent; waiting for PUBACK.</summary>
    AwaitingPubAck,

    /// <summary>QoS 2 PUBLISH sent; waiting for PUBREC.</summary>
    AwaitingPubRec,

    /// <summary>PUBREC received and PUBREL sent; waiting for PUBCOMP.</summary>
    AwaitingPubComp,
}
