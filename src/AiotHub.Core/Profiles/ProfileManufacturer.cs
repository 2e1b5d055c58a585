namespace AiotHub.Core.Profiles;

/// <summary>Who makes the model, for people; the hub never branches on it.</summary>
public sealed record ProfileManufacturer(string Name, string? Url = null, string? ProductName = null);
