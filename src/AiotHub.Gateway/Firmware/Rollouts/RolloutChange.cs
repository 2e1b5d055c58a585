namespace AiotHub.Gateway.Firmware.Rollouts;

/// <summary>The outcome of a change, the rollout as it now is (when done), and the reason (when not).</summary>
internal sealed record RolloutChange(RolloutChangeOutcome Outcome, Rollout? Rollout = null, string? Reason = null)
{
    public static RolloutChange NotFound(string reason) => new(RolloutChangeOutcome.NotFound, Reason: reason);

    public static RolloutChange Conflict(string reason) => new(RolloutChangeOutcome.Conflict, Reason: reason);
}
