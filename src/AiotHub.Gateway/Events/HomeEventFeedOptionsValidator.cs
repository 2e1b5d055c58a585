using System.Globalization;
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
        Check(failures, "BufferCapacity", options.Capacity, 1, 1_000_000);
        Check(failures, "BufferAge", options.MaxAge, TimeSpan.FromSeconds(1), TimeSpan.FromDays(1));
        Check(failures, "SubscriberCapacity", options.SubscriberCapacity, 1, 1_000_000);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Check<T>(List<string> failures, string key, T value, T minimum, T maximum)
        where T : IComparable<T>
    {
        if (value.CompareTo(minimum) < 0 || value.CompareTo(maximum) > 0)
            failures.Add(string.Create(CultureInfo.InvariantCulture, $"{EventsOptions.SectionName}:{key} is {value}; it must be between {minimum} and {maximum}."));
    }
}
