namespace AiotHub.Automation.Automations;

/// <summary>
/// Limits no household member can break (docs/automations.md "Limits"): how big an automation, an import, a
/// home's set of automations and a run's trace may be, how long and how many runs may go on at once, and how
/// often schedules may fire. The gateway binds them once from <see cref="SectionName"/> and checks them at start.
/// Every refusal names its key (<see cref="Key"/>), so a user knows which setting to raise.
/// </summary>
public sealed class AutomationLimits
{
    public const string SectionName = "Automations:Limits";

    /// <summary>Triggers, conditions and actions of one automation, counted across all nesting (if/choose branches, wait triggers, and/or/not).</summary>
    public int StepsPerAutomation { get; set; } = 200;

    /// <summary>How long one run may go on, delays and waits included; past it the run ends <c>Stopped</c>.</summary>
    public TimeSpan RunDuration { get; set; } = TimeSpan.FromHours(24);

    /// <summary>Runs of one automation in progress or queued at once, whatever its mode's <c>max</c>.</summary>
    public int ConcurrentRunsPerAutomation { get; set; } = 20;

    /// <summary>Runs of all a home's automations in progress or queued at once.</summary>
    public int ConcurrentRunsPerHome { get; set; } = 100;

    /// <summary>Automations one home may have.</summary>
    public int AutomationsPerHome { get; set; } = 500;

    /// <summary>Automations one import may carry.</summary>
    public int AutomationsPerImport { get; set; } = 500;

    /// <summary>The largest import body.</summary>
    public long ImportBytes { get; set; } = 1024 * 1024;

    /// <summary>Steps one run's trace records; past it the trace ends with a "truncated" marker and does not grow.</summary>
    public int TraceSteps { get; set; } = 500;

    /// <summary>Bytes (as JSON) one run's trace may take; past it the trace ends with a "truncated" marker and does not grow.</summary>
    public int TraceBytes { get; set; } = 128 * 1024;

    /// <summary>Bytes (as JSON) of all the traces a home keeps; past it the oldest finished runs of the home go first.</summary>
    public long TraceBytesPerHome { get; set; } = 32L * 1024 * 1024;

    /// <summary>The shortest time between two firings of one time or schedule trigger; a more frequent one is refused.</summary>
    public TimeSpan MinScheduleInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Runs that time, schedule and sun triggers may start per home in any one minute; more are traced rate-limited.</summary>
    public int ScheduledRunsPerMinute { get; set; } = 60;

    /// <summary>The configuration key of a limit, as a refusal names it: <c>Automations:Limits:StepsPerAutomation</c>.</summary>
    public static string Key(string name) => SectionName + ":" + name;
}
