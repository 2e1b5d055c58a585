using AiotHub.Automation.Voice.Timers;
using Microsoft.Extensions.Options;

namespace AiotHub.Gateway.Voice.Timers;

/// <summary>Checks the "Voice:Timers" section, bound straight into <see cref="VoiceTimersOptions"/>, at start; each message names its key.</summary>
internal sealed class VoiceTimersOptionsValidator : IValidateOptions<VoiceTimersOptions>
{
    public const string SectionName = "Voice:Timers";

    public ValidateOptionsResult Validate(string? name, VoiceTimersOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        OptionRange.Check(failures, $"{SectionName}:{nameof(options.MaxPerHome)}", options.MaxPerHome, 1, 1000);
        OptionRange.Check(failures, $"{SectionName}:{nameof(options.MaxDelay)}", options.MaxDelay, TimeSpan.FromMinutes(1), TimeSpan.FromDays(7));
        OptionRange.Check(failures, $"{SectionName}:{nameof(options.ResumeGrace)}", options.ResumeGrace, TimeSpan.Zero, TimeSpan.FromHours(1));
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
