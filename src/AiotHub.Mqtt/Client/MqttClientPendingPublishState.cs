namespace AiotHub.Mqtt.Client;

/// <summary>Where an outgoing message is in its QoS flow (§4.3.2, §4.3.3).</summary>
internal enum MqttClientPendingPublishState
{
    /// <summary>Queued: not yet handed to a connection (offline, or the Receive Maximum window is full).</summary>
    Waiting,

    /// <summary>PUBLISH handed to a connection; awaiting PUBACK or PUBREC.</summary>
    Published,

    /// <summary>QoS 2: PUBREC received and PUBREL sent; awaiting PUBCOMP.</summary>
    Released,
}
