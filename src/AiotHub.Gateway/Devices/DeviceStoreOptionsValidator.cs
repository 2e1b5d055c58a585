using System.Globalization;
using AiotHub.Core.Devices.Persistence;
using Microsoft.Extensions.Options;

namespace AiotHub.Gateway.Devices;

/// <summary>Checks the store's part of "Devices", bound straight into <see cref="DeviceStoreOptions"/>, at start; each message names its key.</summary>
internal sealed class DeviceStoreOptionsValidator : IValidateOptions<DeviceStoreOptions>
{
    public ValidateOptionsResult Validate(string? name, DeviceStoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        // The interval is the write-behind loop's timer and the most a kill -9 can lose.
        Check(failures, "WriteBehindInterval", options.FlushInterval, TimeSpan.FromMilliseconds(10), TimeSpan.FromMinutes(1));
        Check(failures, "CommandRetention", options.CommandRetention, TimeSpan.FromMinutes(1), TimeSpan.FromDays(365));
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    internal static void Check<T>(List<string> failures, string key, T value, T minimum, T maximum)
        where T : IComparable<T>
    {
        if (value.CompareTo(minimum) < 0 || value.CompareTo(maximum) > 0)
            failures.Add(string.Create(CultureInfo.InvariantCulture, $"{DevicesOptions.SectionName}:{key} is {value}; it must be between {minimum} and {maximum}."));
    }
}
