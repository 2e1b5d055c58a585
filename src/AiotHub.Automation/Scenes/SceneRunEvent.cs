using AiotHub.Core.Events;

namespace AiotHub.Automation.Scenes;

/// <summary>What scene-run-started and scene-run-finished carry: enough for a toast; GET the run for its steps.</summary>
public abstract record SceneRunEvent(string RunId, string SceneId, string Name, SceneRunStatus Status, int Succeeded, int Failed) : HomeEventData;
