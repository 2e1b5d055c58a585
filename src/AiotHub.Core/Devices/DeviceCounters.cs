namespace AiotHub.Core.Devices;

/// <summary>Bad input from one device, counted rather than recorded (docs/mqtt-protocol.md "Limits and bad input").</summary>
public readonly record struct DeviceCounters(long InvalidValues, long InvalidEvents, long MalformedMessages, long UnknownReplies);
