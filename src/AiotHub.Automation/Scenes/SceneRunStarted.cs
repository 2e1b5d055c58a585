using AiotHub.Core.Events;

namespace AiotHub.Automation.Scenes;

/// <summary>scene-run-started: a scene began to run.</summary>
[HomeEventType("scene-run-started")]
public sealed record SceneRunStarted(string RunId, string SceneId, string Name, SceneRunStatus Status, int Succeeded, int Failed)
    : SceneRunEvent(RunId, SceneId, Name, Status, Succeeded, Failed)
{
    public static SceneRunStarted From(SceneRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return new(run.Id, run.SceneId, run.Name, run.Status, run.Succeeded, run.Failed);
    }
}
