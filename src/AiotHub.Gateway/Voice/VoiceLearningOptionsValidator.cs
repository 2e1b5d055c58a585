using AiotHub.Automation.Voice.Learning;
using Microsoft.Extensions.Options;

namespace AiotHub.Gateway.Voice;

/// <summary>Checks the "Voice:Learning" section, bound straight into <see cref="VoiceLearningOptions"/>, at start; each message names its key.</summary>
internal sealed class VoiceLearningOptionsValidator : IValidateOptions<VoiceLearningOptions>
{
    public const string SectionName = "Voice:Learning";

    public ValidateOptionsResult Validate(string? name, VoiceLearningOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        OptionRange.Check(failures, $"{SectionName}:{nameof(options.MaxLoggedPerHome)}", options.MaxLoggedPerHome, 1, 10_000);
        OptionRange.Check(failures, $"{SectionName}:{nameof(options.MaxTaughtPerHome)}", options.MaxTaughtPerHome, 1, 2_000);
        OptionRange.Check(failures, $"{SectionName}:{nameof(options.MaxIntentsPerHome)}", options.MaxIntentsPerHome, 1, 256);
        OptionRange.Check(failures, $"{SectionName}:{nameof(options.MaxAnswerLength)}", options.MaxAnswerLength, 100, 10_000);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
