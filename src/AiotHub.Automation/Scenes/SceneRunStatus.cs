namespace AiotHub.Automation.Scenes;

public enum SceneRunStatus
{
    /// <summary>Some commands are not sent or not answered yet.</summary>
    Running,

    /// <summary>Every step was applied.</summary>
    Succeeded,

    /// <summary>Some steps were applied, some not.</summary>
    Partial,

    /// <summary>No step was applied.</summary>
    Failed,
}
