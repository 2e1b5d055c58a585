namespace AiotHub.Automation.Automations.Engine;

internal enum LoopVerdict
{
    Allowed,

    /// <summary>This trigger crossed the limit: the automation is stopped now (a warning is sent once).</summary>
    Stopped,

    /// <summary>Stopped earlier and the window has not passed yet.</summary>
    Held,
}
