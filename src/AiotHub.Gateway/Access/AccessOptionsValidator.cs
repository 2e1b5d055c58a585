using Microsoft.Extensions.Options;

namespace AiotHub.Gateway.Access;

/// <summary>Api:TrustedProxies must be addresses or networks; a bad one stops the start naming it.</summary>
internal sealed class AccessOptionsValidator : IValidateOptions<AccessOptions>
{
    public ValidateOptionsResult Validate(string? name, AccessOptions options)
    {
        var problems = new List<string>();
        TrustedProxies.Parse(options.TrustedProxies, problems);
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
