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
}
