namespace AiotHub.Core.Devices;

/// <summary>
/// A property's digital twin, keyed "service.property": what the device last reported and what the
/// hub last asked for (docs/mqtt-protocol.md "Desired vs reported"). Either may be missing.
/// </summary>
public sealed record TwinProperty(string Key, TwinValue? Reported, TwinValue? Desired);
