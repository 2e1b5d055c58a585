namespace AiotHub.Gateway.Firmware.Rollouts;

/// <summary>One entry of a rollout's timeline (what the maker sees: no device ids, no homes).</summary>
internal sealed record RolloutEvent(DateTimeOffset Time, string Event, string? Detail);
