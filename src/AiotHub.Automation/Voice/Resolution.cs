using AiotHub.Core.Devices;

namespace AiotHub.Automation.Voice;

/// <summary>
/// Which devices a request acts on, or why none: <see cref="Candidates"/> to ask about, a named device that
/// cannot do it (<see cref="Incapable"/>), or nothing named at all. <see cref="Plans"/> hold each target's commands.
/// </summary>
internal sealed record Resolution(
    IReadOnlyList<(Device Device, DevicePlan Plan)> Plans,
    IReadOnlyList<Device> Candidates,
    IReadOnlyList<Device> Incapable,
    bool NothingNamed,
    bool Grouped)
{
    public bool IsAmbiguous => Candidates.Count > 0;
}
