namespace AiotHub.Gateway.Firmware.Rollouts;

/// <summary>
/// When a rollout halts by itself (docs/ota.md "Rollout rings", "Thresholds"): in the current ring, once at least
/// <see cref="MinSamples"/> devices have an outcome, a share of failures above <see cref="FailureRate"/> or of devices
/// not back within <see cref="NotBackWithin"/> above <see cref="NotBackRate"/>; or, once the updated devices answered at
/// least <see cref="MinCommandSamples"/> commands, a share of rejected or timed-out commands above <see cref="CommandErrorRate"/>.
/// <see cref="RollbackOnHalt"/>: on an automatic halt, the ring's updated devices are also sent rollback.
/// </summary>
internal sealed record RolloutThresholds(
    double FailureRate,
    double NotBackRate,
    double CommandErrorRate,
    int MinSamples,
    int MinCommandSamples,
    TimeSpan NotBackWithin,
    bool RollbackOnHalt)
{
    public static RolloutThresholds Default { get; } = new(
        FailureRate: 0.10, NotBackRate: 0.05, CommandErrorRate: 0.20, MinSamples: 5, MinCommandSamples: 20,
        NotBackWithin: TimeSpan.FromMinutes(15), RollbackOnHalt: false);
}
