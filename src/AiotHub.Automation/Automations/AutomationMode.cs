namespace AiotHub.Automation.Automations;

/// <summary>What happens when an automation triggers while a run of it is in progress.</summary>
public enum AutomationMode
{
    /// <summary>The new trigger is ignored (trace result skipped).</summary>
    Single,

    /// <summary>The running run is cancelled and a new one starts.</summary>
    Restart,

    /// <summary>The new run waits for the earlier ones, up to <see cref="AutomationDefinition.Max"/> waiting.</summary>
    Queued,

    /// <summary>Runs side by side, up to <see cref="AutomationDefinition.Max"/> at once.</summary>
    Parallel,
}
