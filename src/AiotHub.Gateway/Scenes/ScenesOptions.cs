using System.ComponentModel.DataAnnotations;
using System.Globalization;
using AiotHub.Automation.Scenes;

namespace AiotHub.Gateway.Scenes;

/// <summary>The "Scenes" configuration section: how fast a scene's commands go out and how many runs are kept.</summary>
public sealed class ScenesOptions : IValidatableObject
{
    public const string SectionName = "Scenes";

    /// <summary>The least time between two commands of one run (0 = back to back).</summary>
    public TimeSpan CommandInterval { get; set; } = TimeSpan.FromMilliseconds(10);

    /// <summary>Runs kept per scene, the newest.</summary>
    public int RunsPerScene { get; set; } = 20;

    public SceneRunnerOptions ToRunnerOptions() => new() { CommandInterval = CommandInterval, RunsPerScene = RunsPerScene };

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (CommandInterval < TimeSpan.Zero || CommandInterval > TimeSpan.FromSeconds(10))
            yield return new ValidationResult(string.Create(CultureInfo.InvariantCulture, $"Scenes:CommandInterval is {CommandInterval}; it must be between 0 and 00:00:10."), [nameof(CommandInterval)]);
        if (RunsPerScene is < 1 or > 10_000)
            yield return new ValidationResult("Scenes:RunsPerScene must be between 1 and 10000.", [nameof(RunsPerScene)]);
    }
}
