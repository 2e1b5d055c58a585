namespace AiotHub.Core.Devices;

/// <summary>A room of a home; devices are placed in at most one. <see cref="Version"/> grows by one per change.</summary>
public sealed record Room(string Id, string HomeId, string Name, long Version = 1);
