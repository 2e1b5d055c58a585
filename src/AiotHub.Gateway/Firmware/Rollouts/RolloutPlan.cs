namespace AiotHub.Gateway.Firmware.Rollouts;

/// <summary>
/// What the planner decided at one moment: the rollout as it should now be (status, ring, halt reason), the timeline
/// entries that explain the change, the commands to send and the jobs whose state the hub itself decides
/// (succeeded on the announced firmware, not back, failed after the last offer). The engine sends first and keeps a
/// job's new state only once its command was accepted by the channel.
/// </summary>
internal sealed class RolloutPlan(Rollout rollout)
{
    public Rollout Rollout { get; set; } = rollout;

    public List<RolloutEvent> Events { get; } = [];

    /// <summary>New offers: device and the ring it was picked in.</summary>
    public List<(RolloutDevice Device, int Ring)> Offers { get; } = [];

    /// <summary>Jobs to offer again (no progress within the offer timeout, or resumed after a restart).</summary>
    public List<RolloutJob> Reoffers { get; } = [];

    public List<RolloutJob> Applies { get; } = [];

    public List<RolloutJob> Cancels { get; } = [];

    public List<RolloutJob> Rollbacks { get; } = [];

    /// <summary>Jobs whose state changes without a command (their new state).</summary>
    public List<RolloutJob> Resolved { get; } = [];

    public bool Changed { get; set; }
}
