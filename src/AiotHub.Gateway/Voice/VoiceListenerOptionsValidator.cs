using Microsoft.Extensions.Options;

namespace AiotHub.Gateway.Voice;

/// <summary>Checks Voice:Listeners at start; each message names its key.</summary>
internal sealed class VoiceListenerOptionsValidator : IValidateOptions<VoiceListenerOptions>
{
    public ValidateOptionsResult Validate(string? name, VoiceListenerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        const string Section = VoiceListenerOptions.SectionName;
        OptionRange.Check(failures, $"{Section}:{nameof(options.MinimumConfidence)}", options.MinimumConfidence, 0, 100);
        if (double.IsNaN(options.CommandsPerSecond))
            failures.Add($"{Section}:{nameof(options.CommandsPerSecond)} is not a number.");
        else
            OptionRange.Check(failures, $"{Section}:{nameof(options.CommandsPerSecond)}", options.CommandsPerSecond, 0.001, 100);
        OptionRange.Check(failures, $"{Section}:{nameof(options.Burst)}", options.Burst, 1, 100);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
