namespace AiotHub.Gateway.Firmware.Rollouts;

/// <summary>POST …/releases/{id}/rollouts: each field optional (stages [10, 50, 100], the hub's default soak, the default thresholds).</summary>
internal sealed record CreateRolloutRequest(int[]? Stages, string? Soak, RolloutThresholdsView? Thresholds);
