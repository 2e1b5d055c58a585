namespace AiotHub.Automation.Scenes;

public enum SceneStepKind
{
    /// <summary>Set properties (one "set" command).</summary>
    Set,

    /// <summary>Call one action (one "call" command).</summary>
    Call,
}
