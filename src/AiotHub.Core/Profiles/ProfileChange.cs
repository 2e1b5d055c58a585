namespace AiotHub.Core.Profiles;

/// <summary>
/// One way a new version of a profile breaks what the previous one allowed, on one member
/// (<c>service.property</c>, <c>service.action</c>): removed, or a narrower value, access or arguments.
/// </summary>
public sealed record ProfileChange(string Member, string Change);
