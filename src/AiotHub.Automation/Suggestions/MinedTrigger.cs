namespace AiotHub.Automation.Suggestions;

/// <summary>
/// Something a linkage can start from: a device's property reported at a value (<see cref="Kind"/> "property"), a
/// device event ("event"; <see cref="Member"/> is the event) or the home mode changing ("mode"; <see cref="Value"/>
/// is the mode, a string).
/// </summary>
internal sealed record MinedTrigger(string Kind, string? DeviceId, string? Member, string? Value)
{
    public string Key { get; } = $"{Kind}|{DeviceId}|{Member}|{Value}";
}
