namespace AiotHub.Automation.Voice.Timers;

/// <summary>Bounds on spoken timers ("turn off the TV in 30 minutes").</summary>
public sealed class VoiceTimersOptions
{
    /// <summary>Pending timers per home; one more is refused (the assistant says so).</summary>
    public int MaxPerHome { get; set; } = 20;

    /// <summary>The longest delay a timer may have.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromHours(24);

    /// <summary>A timer that came due while the hub was down still runs if it is late by at most this; later it is dropped.</summary>
    public TimeSpan ResumeGrace { get; set; } = TimeSpan.FromMinutes(5);
}
