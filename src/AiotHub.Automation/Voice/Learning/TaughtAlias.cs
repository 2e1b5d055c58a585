namespace AiotHub.Automation.Voice.Learning;

/// <summary>A name a device was taught to answer to, kept as one of the device's aliases.</summary>
public sealed record TaughtAlias(string DeviceId, string Name);
