namespace AiotHub.Automation.Automations;

public enum AutomationWriteStatus
{
    Done,

    /// <summary>The definition is not valid (<see cref="AutomationWriteResult.Problems"/> say where); nothing was stored.</summary>
    Invalid,

    /// <summary>No such automation in the home.</summary>
    NotFound,

    /// <summary>An automation with the id (or a webhook with the hook id) already exists; nothing was stored.</summary>
    Duplicate,

    /// <summary>The caller's expected version is not the automation's version; nothing changed.</summary>
    VersionMismatch,
}
