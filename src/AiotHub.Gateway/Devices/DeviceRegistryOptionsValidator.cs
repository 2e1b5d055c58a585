using AiotHub.Core.Devices;
using Microsoft.Extensions.Options;

namespace AiotHub.Gateway.Devices;

/// <summary>
/// Checks the registry's part of "Devices", bound straight into <see cref="DeviceRegistryOptions"/>, at start; each
/// message names its key. Its Events part is "Events", checked by <see cref="Events.HomeEventFeedOptionsValidator"/>.
/// </summary>
internal sealed class DeviceRegistryOptionsValidator : IValidateOptions<DeviceRegistryOptions>
{
    public ValidateOptionsResult Validate(string? name, DeviceRegistryOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        // Each is a timer or a bound on what devices and strangers can make the registry hold.
        OptionRange.Check(failures, "Devices:CommandTimeout", options.CommandTimeout, TimeSpan.FromMilliseconds(50), TimeSpan.FromHours(1));
        OptionRange.Check(failures, "Devices:CommandRetention", options.CommandRetention, TimeSpan.FromMinutes(1), TimeSpan.FromDays(365));
        OptionRange.Check(failures, "Devices:CommandsPerDevice", options.MaxCommandsPerDevice, 1, 100_000);
        OptionRange.Check(failures, "Devices:MaxPendingDevices", options.MaxPendingDevices, 1, 1_000_000);
        OptionRange.Check(failures, "Devices:MaxQueuedCommands", options.MaxQueuedCommands, 1, 1_000_000);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
