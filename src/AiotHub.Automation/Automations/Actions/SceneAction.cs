namespace AiotHub.Automation.Automations.Actions;

/// <summary>Runs a scene of the home through the scene runner; the trace links the scene run.</summary>
public sealed record SceneAction(string Path, string SceneId) : AutomationAction(Path)
{
    public override string Kind => "scene";
}
