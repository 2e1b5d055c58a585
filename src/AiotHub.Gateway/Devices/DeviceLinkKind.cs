namespace AiotHub.Gateway.Devices;

/// <summary>Devices:Link: how the hub reaches the device bus.</summary>
public enum DeviceLinkKind
{
    /// <summary>In-process with the embedded broker, an MQTT client of an external one (the default).</summary>
    Auto,

    /// <summary>Attached to the embedded broker in-process (Mqtt:Mode Embedded only).</summary>
    InProcess,

    /// <summary>An MQTT client, also of the embedded broker over loopback (the link before issue 13; for comparison and tests).</summary>
    MqttClient,
}
