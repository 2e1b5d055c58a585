namespace AiotHub.Core.Devices;

/// <summary>
/// How one device's (or a group's) commands fared in a window (<see cref="DeviceHealthReader"/>): finished commands by
/// outcome, those still <see cref="Pending"/>, and the 95th percentile of the latency of the applied ones. Commands that
/// found the device offline are counted apart (<see cref="Offline"/>): they say nothing about the firmware.
/// </summary>
public sealed record CommandHealth(int Applied, int Rejected, int TimedOut, int Offline, int Pending, TimeSpan? P95Latency)
{
    public static CommandHealth None { get; } = new(0, 0, 0, 0, 0, null);

    /// <summary>Commands the device answered or should have: applied + rejected + timed out.</summary>
    public int Answerable => Applied + Rejected + TimedOut;

    /// <summary>Rejected + timed out: what the rollout engine's command threshold watches.</summary>
    public int Failed => Rejected + TimedOut;

    /// <summary>Applied of <see cref="Answerable"/>, 0–1; null when there were none.</summary>
    public double? SuccessRate => Answerable == 0 ? null : (double)Applied / Answerable;

    /// <summary>Rejected + timed out of <see cref="Answerable"/>, 0–1; null when there were none.</summary>
    public double? FailureRate => Answerable == 0 ? null : (double)Failed / Answerable;
}
