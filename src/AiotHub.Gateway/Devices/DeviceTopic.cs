namespace AiotHub.Gateway.Devices;

/// <summary>The last level(s) of a device topic (docs/mqtt-protocol.md "Topics").</summary>
internal enum DeviceTopic
{
    Unknown,
    Announce,
    Availability,
    Properties,
    Event,
    Reply,

    /// <summary>ota/status: a firmware update's progress or result (docs/mqtt-protocol.md "Firmware updates").</summary>
    OtaStatus,

    /// <summary>set, call, get, ota: the hub's own messages to the device, seen again through the wildcard.</summary>
    HubToDevice,
}
