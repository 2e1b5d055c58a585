namespace AiotHub.Core.Devices;

/// <summary>A home: the top of the registry. The hub creates <see cref="DeviceRegistry.DefaultHomeId"/> on first start.</summary>
public sealed record Home(string Id, string Name);
