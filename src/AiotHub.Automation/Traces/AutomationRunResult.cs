namespace AiotHub.Automation.Traces;

public enum AutomationRunResult
{
    /// <summary>Still running (waiting in a delay, a wait or for a command).</summary>
    Running,

    /// <summary>Every action ran and every command was applied.</summary>
    Succeeded,

    /// <summary>Some actions' commands were not applied (rejected, offline, timed out) but the run went on.</summary>
    Partial,

    /// <summary>The run stopped on an error (a step that cannot run; a wait that timed out with continueOnTimeout false).</summary>
    Failed,

    /// <summary>A condition was false; no action ran.</summary>
    ConditionsFailed,

    /// <summary>Not started: mode single with a run in progress, queued/parallel at their maximum, or the automation or home at its limit of concurrent runs.</summary>
    Skipped,

    /// <summary>Not started: the automation's rate limit, or the home's limit of runs started by schedules, was reached.</summary>
    RateLimited,

    /// <summary>Stopped by loop protection: the automation kept re-triggering itself.</summary>
    LoopStopped,

    /// <summary>Stopped by a newer run (mode restart), by a disable, a delete or an edit.</summary>
    Cancelled,

    /// <summary>The hub stopped during the run and the rule in docs/automations.md did not resume it.</summary>
    Interrupted,

    /// <summary>Stopped by a limit: the run went on longer than <c>Automations:Limits:RunDuration</c>.</summary>
    Stopped,
}
