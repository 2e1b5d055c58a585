using System.Globalization;
using AiotHub.Automation.Scenes;
using Microsoft.Extensions.Options;

namespace AiotHub.Gateway.Scenes;

/// <summary>Checks the "Scenes" section, bound straight into <see cref="SceneRunnerOptions"/>, at start; each message names its key.</summary>
internal sealed class SceneRunnerOptionsValidator : IValidateOptions<SceneRunnerOptions>
{
    public const string SectionName = "Scenes";

    public ValidateOptionsResult Validate(string? name, SceneRunnerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.CommandInterval < TimeSpan.Zero || options.CommandInterval > TimeSpan.FromSeconds(10))
            failures.Add(string.Create(CultureInfo.InvariantCulture, $"Scenes:CommandInterval is {options.CommandInterval}; it must be between 0 and 00:00:10."));
        if (options.RunsPerScene is < 1 or > 10_000)
            failures.Add(string.Create(CultureInfo.InvariantCulture, $"Scenes:RunsPerScene is {options.RunsPerScene}; it must be between 1 and 10000."));
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
