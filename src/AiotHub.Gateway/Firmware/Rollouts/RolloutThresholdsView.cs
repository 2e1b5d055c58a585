namespace AiotHub.Gateway.Firmware.Rollouts;

/// <summary><see cref="RolloutThresholds"/> as the API reads and writes them: rates 0–1, the not-back time as a duration ("15m").</summary>
internal sealed record RolloutThresholdsView(
    double? FailureRate = null,
    double? NotBackRate = null,
    double? CommandErrorRate = null,
    int? MinSamples = null,
    int? MinCommandSamples = null,
    string? NotBackWithin = null,
    bool? RollbackOnHalt = null)
{
    public static RolloutThresholdsView Of(RolloutThresholds t) =>
        new(t.FailureRate, t.NotBackRate, t.CommandErrorRate, t.MinSamples, t.MinCommandSamples, Durations.Format(t.NotBackWithin), t.RollbackOnHalt);
}
