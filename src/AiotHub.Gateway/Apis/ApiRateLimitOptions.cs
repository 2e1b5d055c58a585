namespace AiotHub.Gateway.Apis;

/// <summary>
/// Api:RateLimit — a token bucket per bearer token (per client address without one) on /api/v1:
/// bursts up to <see cref="Burst"/> calls, refilled at <see cref="PerSecond"/> calls a second.
/// </summary>
internal sealed class ApiRateLimitOptions
{
    public const string SectionName = "Api:RateLimit";

    public bool Enabled { get; set; } = true;

    public int Burst { get; set; } = 100;

    public int PerSecond { get; set; } = 20;
}
