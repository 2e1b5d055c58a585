using AiotHub.Core.Events;
using Microsoft.Extensions.Options;

namespace AiotHub.Gateway.Events;

/// <summary>Checks the feed's part of "Events", bound straight into <see cref="HomeEventFeedOptions"/>, at start; each message names its key.</summary>
internal sealed class HomeEventFeedOptionsValidator : IValidateOptions<HomeEventFeedOptions>
{
    public ValidateOptionsResult Validate(string? name, HomeEventFeedOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        // The history and every listener's queue are allocations sized from these.
        OptionRange.Check(failures, "Events:BufferCapacity", options.Capacity, 1, 1_000_000);
        OptionRange.Check(failures, "Events:BufferAge", options.MaxAge, TimeSpan.FromSeconds(1), TimeSpan.FromDays(1));
        OptionRange.Check(failures, "Events:SubscriberCapacity", options.SubscriberCapacity, 1, 1_000_000);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
