using AiotHub.Gateway.Mqtt;
using Microsoft.Extensions.Options;

namespace AiotHub.Gateway.Devices;

/// <summary>The rules on <see cref="DevicesOptions"/>, that the profiles directory exists (which needs the content root), and that an in-process link has the embedded broker.</summary>
internal sealed class DevicesOptionsValidator(IHostEnvironment environment, IOptions<MqttOptions> mqtt) : IValidateOptions<DevicesOptions>
{
    public ValidateOptionsResult Validate(string? name, DevicesOptions options)
    {
        var failures = options.Validate(new System.ComponentModel.DataAnnotations.ValidationContext(options))
            .Select(r => r.ErrorMessage ?? "invalid")
            .ToList();
        if (!string.IsNullOrWhiteSpace(options.ProfilesDirectory) && options.ResolveProfilesDirectory(environment.ContentRootPath) is null)
            failures.Add($"Devices:ProfilesDirectory '{options.ProfilesDirectory}' does not exist (looked in {environment.ContentRootPath} and {AppContext.BaseDirectory}).");
        if (options.Link == DeviceLinkKind.InProcess && mqtt.Value.Mode != MqttMode.Embedded)
            failures.Add("Devices:Link InProcess needs the embedded broker (Mqtt:Mode Embedded).");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
