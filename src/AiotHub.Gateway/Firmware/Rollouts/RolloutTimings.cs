namespace AiotHub.Gateway.Firmware.Rollouts;

/// <summary>
/// The planner's clocks that are the hub's, not the maker's: an online device that made no progress on an offer for
/// <see cref="OfferTimeout"/> is offered again, at most <see cref="MaxOffers"/> times in all, then counted failed.
/// </summary>
internal sealed record RolloutTimings(TimeSpan OfferTimeout, int MaxOffers)
{
    public static RolloutTimings Default { get; } = new(TimeSpan.FromMinutes(10), 3);
}
