namespace AiotHub.Automation.Scenes;

/// <summary>
/// One run of a scene: who or what started it (<see cref="Source"/> "api" today; automations and
/// voice later, with their trigger in a trace that grows from this record), each step's command
/// outcome, and the overall result once every command has finished.
/// </summary>
public sealed record SceneRun(
    string Id,
    string SceneId,
    string HomeId,
    string Name,
    string Source,
    string? StartedBy,
    SceneRunStatus Status,
    DateTimeOffset Started,
    DateTimeOffset? Finished,
    IReadOnlyList<SceneRunStep> Steps)
{
    public const string ApiSource = "api";

    public int Succeeded => Steps.Count(s => s.Status == SceneStepStatus.Applied);

    public int Failed => Steps.Count(s => s.Status is not (SceneStepStatus.Applied or SceneStepStatus.Pending));
}
