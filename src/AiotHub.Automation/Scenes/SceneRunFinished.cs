using AiotHub.Core.Events;

namespace AiotHub.Automation.Scenes;

/// <summary>scene-run-finished: a scene's run ended, with how many steps succeeded and failed.</summary>
[HomeEventType("scene-run-finished")]
public sealed record SceneRunFinished(string RunId, string SceneId, string Name, SceneRunStatus Status, int Succeeded, int Failed)
    : SceneRunEvent(RunId, SceneId, Name, Status, Succeeded, Failed)
{
    public static SceneRunFinished From(SceneRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return new(run.Id, run.SceneId, run.Name, run.Status, run.Succeeded, run.Failed);
    }
}
