namespace AiotHub.Gateway.Firmware.Rollouts;

/// <summary>
/// One ring of a rollout in figures: <see cref="Devices"/> picked for it (offered or waiting for their turn),
/// <see cref="Offered"/> jobs, their outcomes, and <see cref="Pending"/> (offered, no outcome yet).
/// <see cref="Commands"/> is how the ring's updated devices answered commands since they updated.
/// </summary>
internal sealed record RolloutRingStats(
    int Ring,
    int Devices,
    int Offered,
    int Succeeded,
    int Failed,
    int NotBack,
    int Pending,
    int Applying,
    CommandCounts Commands)
{
    public int Outcomes => Succeeded + Failed + NotBack;
}
