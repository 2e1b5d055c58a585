using AiotHub.Core.Activity;
using Microsoft.Extensions.Options;

namespace AiotHub.Gateway.Activity;

/// <summary>Checks the "Activity" section, bound straight into <see cref="ActivityStoreOptions"/>, at start; each message names its key.</summary>
internal sealed class ActivityOptionsValidator : IValidateOptions<ActivityStoreOptions>
{
    public ValidateOptionsResult Validate(string? name, ActivityStoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        OptionRange.Check(failures, "Activity:RetentionDays", options.RetentionDays, 1, 3650);
        OptionRange.Check(failures, "Activity:MaxEntriesPerHome", options.MaxEntriesPerHome, 1_000, 10_000_000);
        OptionRange.Check(failures, "Activity:MaxQueued", options.MaxQueued, 100, 1_000_000);
        OptionRange.Check(failures, "Activity:PruneInterval", options.PruneInterval, TimeSpan.FromSeconds(1), TimeSpan.FromDays(1));
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
