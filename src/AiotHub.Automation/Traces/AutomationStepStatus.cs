namespace AiotHub.Automation.Traces;

public enum AutomationStepStatus
{
    Running,
    Succeeded,

    /// <summary>The step ran but its command was not applied (the command status says how).</summary>
    Failed,

    /// <summary>A branch not taken, or a step after the run stopped.</summary>
    Skipped,

    /// <summary>A wait whose timeout passed.</summary>
    TimedOut,

    Cancelled,
}
