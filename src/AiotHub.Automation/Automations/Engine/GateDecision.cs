namespace AiotHub.Automation.Automations.Engine;

internal enum GateDecision
{
    Start,

    /// <summary>Mode queued: waits for the runs before it.</summary>
    Queue,

    /// <summary>Mode single with a run in progress, or queued/parallel at their maximum.</summary>
    Skip,
}
