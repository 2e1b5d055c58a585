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
        // The interval is the write-behind loop's timer and the most a kill -9 can lose of what nobody waited for.
        OptionRange.Check(failures, "Devices:WriteBehindInterval", options.FlushInterval, TimeSpan.FromMilliseconds(10), TimeSpan.FromMinutes(1));
        OptionRange.Check(failures, "Devices:CommandRetention", options.CommandRetention, TimeSpan.FromMinutes(1), TimeSpan.FromDays(365));
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
