namespace AiotHub.Core.Profiles;

/// <summary>Something that happens on the device (MIoT "event", eiid) and the arguments it carries.</summary>
public sealed record ProfileEvent(
    int Iid,
    string Name,
    IReadOnlyList<ProfileArgument> Arguments,
    string? Description = null,
    IReadOnlyDictionary<string, string>? Descriptions = null);
