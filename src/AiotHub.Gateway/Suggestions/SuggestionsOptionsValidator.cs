using Microsoft.Extensions.Options;

namespace AiotHub.Gateway.Suggestions;

/// <summary>Checks the "Suggestions" section, bound straight into <see cref="SuggestionsOptions"/>, at start; each message names its key.</summary>
internal sealed class SuggestionsOptionsValidator : IValidateOptions<SuggestionsOptions>
{
    public const string SectionName = "Suggestions";

    public ValidateOptionsResult Validate(string? name, SuggestionsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        OptionRange.Check(failures, $"{SectionName}:{nameof(options.Interval)}", options.Interval, TimeSpan.FromMinutes(1), TimeSpan.FromDays(7));
        OptionRange.Check(failures, $"{SectionName}:{nameof(options.StartDelay)}", options.StartDelay, TimeSpan.Zero, TimeSpan.FromHours(1));
        OptionRange.Check(failures, $"{SectionName}:{nameof(options.PollInterval)}", options.PollInterval, TimeSpan.FromSeconds(1), TimeSpan.FromHours(1));
        OptionRange.Check(failures, $"{SectionName}:{nameof(options.Window)}", options.Window, TimeSpan.FromDays(7), TimeSpan.FromDays(366));
        OptionRange.Check(failures, $"{SectionName}:{nameof(options.MaxEntriesPerHome)}", options.MaxEntriesPerHome, 1_000, 2_000_000);
        OptionRange.Check(failures, $"{SectionName}:{nameof(options.MaxSuggestionsPerHome)}", options.MaxSuggestionsPerHome, 1, 1_000);
        OptionRange.Check(failures, $"{SectionName}:{nameof(options.MaxDecisionsPerHome)}", options.MaxDecisionsPerHome, 100, 100_000);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
