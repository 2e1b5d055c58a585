namespace AiotHub.Core.Profiles;

/// <summary>Something the device can be told to do (MIoT "action", aiid), with its arguments in and results out.</summary>
public sealed record ProfileAction(
    int Iid,
    string Name,
    IReadOnlyList<ProfileArgument> In,
    IReadOnlyList<ProfileArgument> Out,
    string? Description = null,
    IReadOnlyDictionary<string, string>? Descriptions = null);
