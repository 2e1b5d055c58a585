namespace AiotHub.Core.Devices;

/// <summary>
/// Where a profile version came from. Built in (<see cref="HomeId"/> null): shipped with the hub, or uploaded
/// before uploads had owners — every home sees it and counts it as accepted. Uploaded: by a token of
/// <see cref="HomeId"/> (a device maker's or its owner's, <see cref="TokenId"/>), seen by that home and the
/// namespace's makers only, until it is <see cref="Published"/>.
/// </summary>
public sealed record ProfileOrigin(string? HomeId, string? TokenId, bool Published, bool Shipped = false)
{
    /// <summary>A profile from the hub's own profiles directory.</summary>
    public static readonly ProfileOrigin Builtin = new(null, null, Published: true, Shipped: true);

    /// <summary>A document in the uploads directory that no upload record claims (uploaded before uploads had owners).</summary>
    public static readonly ProfileOrigin Unowned = new(null, null, Published: true);

    public bool IsBuiltIn => HomeId is null;

    /// <summary>Whether devices and the API of <paramref name="homeId"/> may see and use this version.</summary>
    public bool IsVisibleTo(string homeId) => HomeId is null || Published || HomeId == homeId;
}
