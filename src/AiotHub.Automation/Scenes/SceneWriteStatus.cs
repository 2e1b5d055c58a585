namespace AiotHub.Automation.Scenes;

public enum SceneWriteStatus
{
    Done,

    /// <summary>The definition is not valid (<see cref="SceneWriteResult.Errors"/> say where); nothing was stored.</summary>
    Invalid,

    /// <summary>No such scene in the home.</summary>
    NotFound,

    /// <summary>A scene with the id already exists in the home.</summary>
    Duplicate,

    /// <summary>The caller's expected version is not the scene's version; nothing changed.</summary>
    VersionMismatch,
}
