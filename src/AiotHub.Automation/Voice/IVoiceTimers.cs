namespace AiotHub.Automation.Voice;

/// <summary>
/// Carries out an understood action later ("turn off the TV in 30 minutes"). The engine hands over the action with its
/// <see cref="VoiceResult.Delay"/>; the implementation keeps it durably and runs it through <see cref="VoiceEngine.Execute"/> when due.
/// </summary>
public interface IVoiceTimers
{
    /// <summary>Schedules <paramref name="action"/> after <paramref name="delay"/>; the timer's id, or null when it cannot be kept (full, or the delay is out of range).</summary>
    string? Schedule(string homeId, TimeSpan delay, VoiceResult action, string source, string? startedBy);
}
