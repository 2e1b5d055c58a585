using AiotHub.Automation.Scenes;

namespace AiotHub.Automation.Voice.Learning;

/// <summary>
/// An utterance a household member taught the assistant: exactly one of <see cref="Device"/> (a set of properties or
/// an action of one device, as a scene step), <see cref="Scene"/> (a scene id) or <see cref="Alias"/> (a name given to a
/// device). <see cref="Kind"/> says which: "device", "scene" or "alias".
/// </summary>
public sealed record TaughtUtterance(
    long Id,
    string Utterance,
    string Language,
    string Kind,
    SceneStep? Device,
    string? Scene,
    TaughtAlias? Alias,
    DateTimeOffset Created,
    string? CreatedBy)
{
    public const string DeviceKind = "device";
    public const string SceneKind = "scene";
    public const string AliasKind = "alias";
}
