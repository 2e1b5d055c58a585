using Microsoft.Extensions.Options;

namespace AiotHub.Gateway.Feedback;

/// <summary>Checks the "Feedback" section at start: each bound within its range.</summary>
internal sealed class FeedbackOptionsValidator : IValidateOptions<FeedbackOptions>
{
    public ValidateOptionsResult Validate(string? name, FeedbackOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.MaxReportsPerHomePerDay is < 1 or > 1_000)
            failures.Add($"Feedback:MaxReportsPerHomePerDay must be 1–1000 (it is {options.MaxReportsPerHomePerDay}).");
        if (options.MaxReports is < 100 or > 1_000_000)
            failures.Add($"Feedback:MaxReports must be 100–1000000 (it is {options.MaxReports}).");
        return failures.Count > 0 ? ValidateOptionsResult.Fail(failures) : ValidateOptionsResult.Success;
    }
}
