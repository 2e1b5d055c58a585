namespace AiotHub.Automation.Scenes;

/// <summary>How scenes fan out and how many runs are kept.</summary>
public sealed class SceneRunnerOptions
{
    /// <summary>
    /// The least time between two commands of one run, so a large scene does not flood the broker
    /// and its devices ("popcorn" is preferable to lost commands). Zero sends them back to back.
    /// </summary>
    public TimeSpan CommandInterval { get; set; } = TimeSpan.FromMilliseconds(10);

    /// <summary>Runs kept per scene (the newest), in memory and in hub.db.</summary>
    public int RunsPerScene { get; set; } = 20;
}
