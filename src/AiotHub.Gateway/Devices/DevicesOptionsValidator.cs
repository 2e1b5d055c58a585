using Microsoft.Extensions.Options;

namespace AiotHub.Gateway.Devices;

/// <summary>The rules on <see cref="DevicesOptions"/>, and that the profiles directory exists (which needs the content root).</summary>
internal sealed class DevicesOptionsValidator(IHostEnvironment environment) : IValidateOptions<DevicesOptions>
{
    public ValidateOptionsResult Validate(string? name, DevicesOptions options)
    {
        var failures = options.Validate(new System.ComponentModel.DataAnnotations.ValidationContext(options))
            .Select(r => r.ErrorMessage ?? "invalid")
            .ToList();
        if (!string.IsNullOrWhiteSpace(options.ProfilesDirectory) && options.ResolveProfilesDirectory(environment.ContentRootPath) is null)
            failures.Add($"Devices:ProfilesDirectory '{options.ProfilesDirectory}' does not exist (looked in {environment.ContentRootPath} and {AppContext.BaseDirectory}).");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
