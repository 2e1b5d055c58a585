namespace AiotHub.Gateway.Mqtt;

/// <summary>The kinds of MQTT identity of docs/security.md's table.</summary>
internal enum MqttIdentityKind
{
    /// <summary>The hub's own link (the device bridge): everything.</summary>
    HubLink,

    /// <summary>A device, a configured user or an anonymous client: its own device topics, and Mqtt:Acl outside the root.</summary>
    Device,

    /// <summary>A device pairing with a one-time code: its own pairing request and response topics only.</summary>
    Pairing,
}
