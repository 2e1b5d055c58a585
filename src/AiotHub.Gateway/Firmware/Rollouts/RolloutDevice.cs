namespace AiotHub.Gateway.Firmware.Rollouts;

/// <summary>
/// What the planner knows of one device of the release's model at the moment it plans: its firmware and
/// availability from the registry, and what its home decided — <see cref="Tester"/> (the owner's switch),
/// <see cref="Quiet"/> (inside the home's quiet hours now: no apply), <see cref="PostponedUntil"/> and
/// <see cref="Refused"/> (this release). <see cref="Known"/>: the device's model is known (not pending).
/// </summary>
internal sealed record RolloutDevice(
    string Id,
    string HomeId,
    string? Firmware,
    bool Online,
    bool Known = true,
    bool Tester = false,
    bool Quiet = false,
    DateTimeOffset? PostponedUntil = null,
    bool Refused = false)
{
    public bool IsPostponed(DateTimeOffset now) => PostponedUntil is { } until && until > now;
}
