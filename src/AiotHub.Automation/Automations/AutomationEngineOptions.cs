namespace AiotHub.Automation.Automations;

/// <summary>The engine's settings; the gateway binds them from the "Automations" section.</summary>
public sealed class AutomationEngineOptions
{
    /// <summary>The home's latitude in degrees north, for sun triggers and conditions; null disables them (they are unavailable).</summary>
    public double? Latitude { get; set; }

    /// <summary>The home's longitude in degrees east.</summary>
    public double? Longitude { get; set; }

    /// <summary>IANA or Windows time-zone id for schedules, time windows and weekdays; null means the machine's zone.</summary>
    public string? TimeZone { get; set; }

    /// <summary>Runs kept per automation (successful ones; failed ones up to <see cref="FailedRunsPerAutomation"/>).</summary>
    public int RunsPerAutomation { get; set; } = 20;

    public int FailedRunsPerAutomation { get; set; } = 50;

    public TimeSpan RunRetention { get; set; } = TimeSpan.FromDays(7);

    public TimeSpan FailedRunRetention { get; set; } = TimeSpan.FromDays(30);

    /// <summary>Loop protection: an automation re-triggered by its own runs more than this many times within <see cref="LoopWindow"/> is stopped.</summary>
    public int LoopLimit { get; set; } = 10;

    /// <summary>Loop protection's window; a stopped automation runs again once this much time has passed since it was stopped.</summary>
    public TimeSpan LoopWindow { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>A report from a device within this time after an automation sent it a command counts as caused by that automation.</summary>
    public TimeSpan CausalityWindow { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>After a restart, a delay or wait that ended while the hub was down still resumes if it is late by at most this; later, the run ends interrupted.</summary>
    public TimeSpan ResumeGrace { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// At most this many matched events wait for the engine's loop. Beyond it an event is dropped and counted
    /// (<see cref="AutomationEngine.DroppedEvents"/>): the feed's publisher — every device's report — must never wait for
    /// automations, and the engine's own commands publish through it too.
    /// </summary>
    public int MaxQueuedEvents { get; set; } = 10_000;

    /// <summary>The limits no household member can break (docs/automations.md "Limits").</summary>
    public AutomationLimits Limits { get; set; } = new();

    /// <summary>Called when handling an event fails unexpectedly (the engine goes on; the gateway logs it).</summary>
    public Action<Exception>? OnError { get; set; }
}
