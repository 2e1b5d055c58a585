namespace AiotHub.Gateway.Firmware.Rollouts;

/// <summary>
/// The "Ota:Rollouts" section: how often the engine plans (<see cref="Tick"/>; reports wake it sooner), the offer
/// timeout and the number of offers before a device that makes no progress counts as failed, the soak a rollout gets
/// when its maker names none, and how many rollouts the hub keeps.
/// </summary>
internal sealed class RolloutOptions
{
    public const string SectionName = "Ota:Rollouts";

    public TimeSpan Tick { get; set; } = TimeSpan.FromSeconds(2);

    public TimeSpan OfferTimeout { get; set; } = RolloutTimings.Default.OfferTimeout;

    public int MaxOffers { get; set; } = RolloutTimings.Default.MaxOffers;

    public TimeSpan DefaultSoak { get; set; } = TimeSpan.FromHours(1);

    public int MaxRollouts { get; set; } = 1_000;

    public RolloutTimings Timings => new(OfferTimeout, MaxOffers);
}
