namespace AiotHub.Automation.Scenes;

/// <summary>Data of scene-run-started and scene-run-finished: enough for a toast; GET the run for its steps.</summary>
public sealed record SceneRunEvent(string RunId, string SceneId, string Name, SceneRunStatus Status, int Succeeded, int Failed)
{
    public static SceneRunEvent From(SceneRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return new(run.Id, run.SceneId, run.Name, run.Status, run.Succeeded, run.Failed);
    }
}
