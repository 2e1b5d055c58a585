namespace AiotHub.Gateway.Firmware.Rollouts;

/// <summary>How a maker's or owner's change to a rollout or a device's updates ended.</summary>
internal enum RolloutChangeOutcome
{
    Done,
    NotFound,
    Conflict,
}
