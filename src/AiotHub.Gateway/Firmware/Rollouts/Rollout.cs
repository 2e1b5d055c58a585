using AiotHub.Core.Firmware;

namespace AiotHub.Gateway.Firmware.Rollouts;

/// <summary>
/// One release's way through the rings. <see cref="StageIndex"/> is -1 in the testers ring, else the index into
/// <see cref="Stages"/> (percent of the model's non-tester devices, increasing); <see cref="StageStarted"/> is when the
/// current ring began, so it soaks until <see cref="StageStarted"/> + <see cref="Soak"/>. The maker is
/// <see cref="Vendor"/>; nothing of a home is kept here.
/// </summary>
internal sealed record Rollout(
    string Id,
    string ReleaseId,
    string Model,
    string Version,
    string? MinVersion,
    IReadOnlyList<int> Stages,
    TimeSpan Soak,
    RolloutThresholds Thresholds,
    RolloutStatus Status,
    int StageIndex,
    DateTimeOffset StageStarted,
    string? HaltReason,
    DateTimeOffset Created,
    string? CreatedBy)
{
    public const int TestersRing = -1;

    public string Vendor => Model.Split('.', 2)[0];

    /// <summary>Whether the rollout still makes offers, advances and halts by itself.</summary>
    public bool IsRunning => Status is RolloutStatus.Testers or RolloutStatus.Staged;

    /// <summary>Whether the rollout may still change (not halted, completed or cancelled).</summary>
    public bool IsActive => Status is RolloutStatus.Testers or RolloutStatus.Staged or RolloutStatus.Paused;

    public DateTimeOffset SoakUntil => StageStarted + Soak;

    public static string RingName(int ring, IReadOnlyList<int> stages) =>
        ring == TestersRing ? "testers" : $"{stages[ring]}%";

    public FirmwareVersion Target => FirmwareVersion.TryParse(Version, out var v) ? v : default;
}
