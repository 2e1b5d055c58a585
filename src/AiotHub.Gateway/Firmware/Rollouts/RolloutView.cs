using System.Text.Json.Serialization;

namespace AiotHub.Gateway.Firmware.Rollouts;

/// <summary>
/// A rollout as its maker reads it (docs/api.md "Rollouts"): the current ring, each ring's figures, the thresholds and
/// the timeline — counts only, never a device id, a home or a name.
/// </summary>
internal sealed record RolloutView(
    string Id,
    string ReleaseId,
    string Model,
    string Version,
    string Status,
    RolloutStageView Stage,
    IReadOnlyList<RolloutRingView> Stages,
    string Soak,
    RolloutThresholdsView Thresholds,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? HaltReason,
    DateTimeOffset Created,
    IReadOnlyList<RolloutEvent> Timeline)
{
    public static RolloutView Of(Rollout rollout, IReadOnlyList<RolloutRingStats> stats, IReadOnlyList<RolloutEvent> timeline) => new(
        rollout.Id, rollout.ReleaseId, rollout.Model, rollout.Version, StatusName(rollout.Status),
        new RolloutStageView(rollout.StageIndex, rollout.StageIndex == Rollout.TestersRing ? null : rollout.Stages[rollout.StageIndex],
            Rollout.RingName(rollout.StageIndex, rollout.Stages), rollout.StageStarted, rollout.SoakUntil),
        [.. stats.Select(s => new RolloutRingView(Rollout.RingName(s.Ring, rollout.Stages), s.Ring == Rollout.TestersRing ? null : rollout.Stages[s.Ring],
            s.Devices, s.Offered, s.Succeeded, s.Failed, s.NotBack, s.Pending, s.Commands.Total, s.Commands.Errors))],
        Durations.Format(rollout.Soak), RolloutThresholdsView.Of(rollout.Thresholds), rollout.HaltReason, rollout.Created, timeline);

    public static string StatusName(RolloutStatus status) => status.ToString().ToLowerInvariant();
}
