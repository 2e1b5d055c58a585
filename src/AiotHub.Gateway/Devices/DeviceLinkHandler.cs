namespace AiotHub.Gateway.Devices;

/// <summary>
/// Takes one message from the device bus. For a device's QoS 1 message the bus acknowledges it only once the
/// returned task has completed: return it completed when the work is done synchronously.
/// </summary>
internal delegate ValueTask DeviceLinkHandler(DeviceLinkMessage message);
