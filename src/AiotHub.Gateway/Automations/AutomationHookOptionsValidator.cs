using System.Globalization;
using Microsoft.Extensions.Options;

namespace AiotHub.Gateway.Automations;

/// <summary>Checks Automations:HookBurst and Automations:HookPerMinute at start; each message names its key.</summary>
internal sealed class AutomationHookOptionsValidator : IValidateOptions<AutomationHookOptions>
{
    public ValidateOptionsResult Validate(string? name, AutomationHookOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.HookBurst is < 1 or > 10_000)
            failures.Add(string.Create(CultureInfo.InvariantCulture, $"Automations:HookBurst is {options.HookBurst}; it must be between 1 and 10000."));
        if (options.HookPerMinute is < 1 or > 60_000)
            failures.Add(string.Create(CultureInfo.InvariantCulture, $"Automations:HookPerMinute is {options.HookPerMinute}; it must be between 1 and 60000."));
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
