using AiotHub.Core.Devices;

namespace AiotHub.Gateway.Feedback;

/// <summary>The commands of a model's firmware version, as the health view shows them (<see cref="CommandHealth"/>).</summary>
internal sealed record FirmwareCommandHealth(int Applied, int Rejected, int TimedOut, int Offline, double? SuccessRate, double? P95LatencyMs)
{
    public static FirmwareCommandHealth From(CommandHealth health)
    {
        ArgumentNullException.ThrowIfNull(health);
        return new(health.Applied, health.Rejected, health.TimedOut, health.Offline,
            health.SuccessRate is { } rate ? Math.Round(rate, 4) : null,
            health.P95Latency is { } p95 ? Math.Round(p95.TotalMilliseconds, 1) : null);
    }
}
