namespace AiotHub.Gateway.Firmware.Rollouts;

/// <summary>
/// One device's update in one rollout. <see cref="Ring"/> is the ring the device was picked in
/// (<see cref="Rollout.TestersRing"/> or a stage index); <see cref="Updated"/> the last time the hub sent it something
/// or heard from it about this job (the offer timeout counts from there); <see cref="ApplySent"/> starts the not-back
/// clock; <see cref="Completed"/> is when it reached an outcome (succeeded, failed, not back, rolled back).
/// <see cref="HomeId"/> is kept for the home's views only and never shown to the maker.
/// </summary>
internal sealed record RolloutJob(
    string Id,
    string RolloutId,
    string DeviceId,
    string HomeId,
    int Ring,
    RolloutJobState State,
    string? FromVersion,
    int? Progress,
    int Code,
    string? Message,
    int Offers,
    DateTimeOffset Created,
    DateTimeOffset Updated,
    DateTimeOffset? ApplySent,
    DateTimeOffset? Completed)
{
    /// <summary>Sent an offer, not yet applied: may be re-offered, cancelled, applied.</summary>
    public bool IsBeforeApply => State is RolloutJobState.Offered or RolloutJobState.Downloading or RolloutJobState.Ready;

    /// <summary>Has an outcome that counts for the ring's thresholds.</summary>
    public bool IsOutcome => State is RolloutJobState.Succeeded or RolloutJobState.Failed or RolloutJobState.NotBack
        or RolloutJobState.RollingBack or RolloutJobState.RolledBack;
}
