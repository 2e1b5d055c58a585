namespace AiotHub.Core.Profiles;

/// <summary>A named input or output of an action, or a field an event carries.</summary>
public sealed record ProfileArgument(
    string Name,
    ProfileValueSpec Value,
    string? Description = null,
    bool Optional = false,
    IReadOnlyDictionary<string, string>? Descriptions = null);
