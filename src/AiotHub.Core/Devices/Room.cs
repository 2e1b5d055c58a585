namespace AiotHub.Core.Devices;

/// <summary>A room of a home; devices are placed in at most one.</summary>
public sealed record Room(string Id, string HomeId, string Name);
